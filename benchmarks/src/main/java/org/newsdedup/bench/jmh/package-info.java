/**
 * JMH micro-benchmarks of the text classes the pipeline's hot stages adapt: cleaning, metadata
 * extraction, shingling and MinHash signatures, on pages of the generated benchmark corpus.
 * Run with {@code ./newsdedup bench jmh} (docs/performance.md).
 */
package org.newsdedup.bench.jmh;
