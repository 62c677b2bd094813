package org.newsdedup.text;

/**
 * What the index keeps of a shingle set once the text is gone: the low 32 bits of each MinHash
 * entry, and the set's size. Two sets agree on an entry with probability equal to their Jaccard
 * similarity (and on a cut 32-bit entry by accident with probability 2^-32, which is nothing
 * next to the sampling error of 126 entries, about ±0.045 at J = 0.5). Containment follows from
 * the estimated Jaccard and the two sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
 */
public final class MinHashEstimates {
  private MinHashEstimates() {}

  /** The low 32 bits of each signature entry. */
  public static int[] compact(long[] signature) {
    int[] compact = new int[signature.length];
    for (int i = 0; i < signature.length; i++) {
      compact[i] = (int) signature[i];
    }
    return compact;
  }

  /** The share of entries two compact signatures agree on; 0 when either is empty. */
  public static double jaccard(int[] a, int[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "signatures differ in length: " + a.length + " and " + b.length);
    }
    if (a.length == 0) {
      return 0.0;
    }
    int agree = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        agree++;
      }
    }
    return (double) agree / a.length;
  }

  /** Shared shingles over the smaller set, estimated from Jaccard and the set sizes (at most 1). */
  public static double containment(double jaccard, int sizeA, int sizeB) {
    int smaller = Math.min(sizeA, sizeB);
    if (smaller <= 0) {
      return 0.0;
    }
    double shared = jaccard * (sizeA + sizeB) / (1 + jaccard);
    return Math.min(1.0, shared / smaller);
  }

  /** The LSH band keys of a compact signature, with the entries widened back to longs. */
  public static long[] bandKeys(MinHash minHash, int[] compact) {
    long[] widened = new long[compact.length];
    for (int i = 0; i < compact.length; i++) {
      widened[i] = compact[i];
    }
    return minHash.bandKeys(widened);
  }
}
