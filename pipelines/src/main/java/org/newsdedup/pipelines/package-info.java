/**
 * The runnable batch pipeline: its options ({@link org.newsdedup.pipelines.NewsDedupOptions}),
 * its main class ({@link org.newsdedup.pipelines.NewsDedup}) and the exit codes it returns.
 */
package org.newsdedup.pipelines;
