package org.newsdedup.text;

/**
 * Exact similarity of two shingle sets, each a sorted array of distinct hashes: Jaccard
 * (shared / union) and containment (shared / smaller set), by one merge pass.
 */
public final class SetSimilarity {
  private SetSimilarity() {}

  /** Both measures of one pair. */
  public record Scores(double jaccard, double containment) {}

  public static Scores compare(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return new Scores(0.0, 0.0);
    }
    int shared = intersectionSize(a, b);
    int union = a.length + b.length - shared;
    return new Scores((double) shared / union, (double) shared / Math.min(a.length, b.length));
  }

  static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }
}
