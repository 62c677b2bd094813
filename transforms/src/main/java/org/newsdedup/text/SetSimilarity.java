package org.newsdedup.text;

import org.checkerframework.checker.nullness.qual.Nullable;

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
    return compareIfReaching(WeighedShingles.of(a, weights), WeighedShingles.of(b, weights), 0);
  }

  /**
   * The weighted scores of {@link #compare(long[], long[], ShingleWeights)}, or null as soon as
   * the shared weight can no longer reach {@code minShared}: a pair that shares little is given
   * up a third or so of the way through its merge. With a bound of 0 it is never given up. The bound is the
   * lighter of the two sets' weights not yet known to be their own; it is loosened by a
   * billionth of the weights, so that rounding can never give up a pair that would reach it.
   */
  public static @Nullable Scores compareIfReaching(
      WeighedShingles a, WeighedShingles b, double minShared) {
    if (a.size() == 0 || b.size() == 0) {
      return new Scores(0.0, 0.0);
    }
    double giveUpBelow = minShared - 1e-9 * (a.total() + b.total());
    double shared = 0;
    double onlyA = 0;
    double onlyB = 0;
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
      long left = a.hash(i);
      long right = b.hash(j);
      if (left == right) {
        shared += a.weight(i);
        i++;
        j++;
        continue;
      }
      if (left < right) {
        onlyA += a.weight(i++);
      } else {
        onlyB += b.weight(j++);
      }
      if (Math.min(a.total() - onlyA, b.total() - onlyB) < giveUpBelow) {
        return null;
      }
    }
    while (i < a.size()) {
      onlyA += a.weight(i++);
    }
    while (j < b.size()) {
      onlyB += b.weight(j++);
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
