package org.newsdedup.io;

/** How articles, groups and dead letters are written; the summary and report are the same in both. */
public enum OutputFormat {
  /** JSON Lines, sorted and byte-identical between runs of the same input. */
  JSONL,
  /** Avro container files with schemas derived from the records' Beam schemas. */
  AVRO
}
