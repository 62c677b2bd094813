package org.newsdedup.text;

/**
 * MinHash signatures and their LSH band keys. Each of the {@code bands × rows} hash functions is
 * the SplitMix64 mix of the shingle hash xor a fixed per-function seed; a signature entry is the
 * minimum over the shingles. Two sets agree on one entry with probability equal to their
 * Jaccard similarity J, so they share at least one band with probability 1 − (1 − J^rows)^bands.
 */
public final class MinHash {
  private final int bands;
  private final int rows;
  private final long[] seeds;

  public MinHash(int bands, int rows) {
    if (bands < 1 || rows < 1) {
      throw new IllegalArgumentException("bands and rows must be positive");
    }
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    for (int i = 0; i < seeds.length; i++) {
      seeds[i] = Hashing64.mix(0x6e657773L + i);
    }
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The signature of a non-empty shingle set: {@code bands × rows} minima. */
  public long[] signature(long[] shingles) {
    long[] signature = new long[seeds.length];
    java.util.Arrays.fill(signature, Long.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < seeds.length; i++) {
        long h = Hashing64.mix(shingle ^ seeds[i]);
        if (h < signature[i]) {
          signature[i] = h;
        }
      }
    }
    return signature;
  }

  /** One key per band: documents that share a key are candidate near-duplicates. */
  public long[] bandKeys(long[] signature) {
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      long h = band;
      for (int row = 0; row < rows; row++) {
        h = Hashing64.combine(h, signature[band * rows + row]);
      }
      keys[band] = h;
    }
    return keys;
  }

  /** The chance that a pair with this Jaccard similarity shares at least one band. */
  public double candidateProbability(double jaccard) {
    return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
  }
}
