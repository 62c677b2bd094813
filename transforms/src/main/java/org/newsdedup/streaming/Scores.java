package org.newsdedup.streaming;

/** Scores are reported to four decimals, as the batch pipeline reports them. */
final class Scores {
  private Scores() {}

  static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }
}
