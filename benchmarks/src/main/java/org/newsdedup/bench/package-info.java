/**
 * The benchmark harness: a deterministic news corpus ({@link org.newsdedup.bench.CorpusGenerator}),
 * the programs measured beside the pipeline (the single-thread floor, exact AllPairs, Spark
 * MLlib's MinHash LSH join), and {@link org.newsdedup.bench.Bench}, which runs them all with the
 * pipeline on the Direct and Flink runners and prints the figures (docs/performance.md).
 */
package org.newsdedup.bench;
