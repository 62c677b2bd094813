package org.newsdedup.text;

/**
 * Exact similarity of two shingle sets, each a sorted array of distinct hashes: Jaccard
 * (shared / union) and containment (shared / smaller set), by one merge pass. The weighted form
 * sums {@link ShingleWeights} instead of counting shingles: it is what the duplicate tier judges
 * by, and with {@link ShingleWeights#NONE} it equals the plain form exactly.
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

  /**
   * Jaccard and containment of the weights: shared weight / the union's weight, and shared weight
   * / the lighter set's weight.
   */
  public static Scores compare(long[] a, long[] b, ShingleWeights weights) {
    if (a.length == 0 || b.length == 0) {
      return new Scores(0.0, 0.0);
    }
    double shared = 0;
    double onlyA = 0;
    double onlyB = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared += weights.weight(a[i]);
        i++;
        j++;
      } else if (a[i] < b[j]) {
        onlyA += weights.weight(a[i++]);
      } else {
        onlyB += weights.weight(b[j++]);
      }
    }
    while (i < a.length) {
      onlyA += weights.weight(a[i++]);
    }
    while (j < b.length) {
      onlyB += weights.weight(b[j++]);
    }
    return new Scores(
        shared / (shared + onlyA + onlyB), shared / (shared + Math.min(onlyA, onlyB)));
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
