package org.newsdedup.text;

/**
 * A shingle set with each shingle's weight looked up once, and the total weight. An article of
 * the duplicate tier is scored against every candidate partner: looking its weights up once
 * rather than once per partner takes the hash-table probes out of the pair loop, and the total
 * lets {@link SetSimilarity#compareIfReaching} give up on a pair early.
 */
public final class WeighedShingles {
  private final long[] hashes;
  private final float[] weights;
  private final double total;

  private WeighedShingles(long[] hashes, float[] weights, double total) {
    this.hashes = hashes;
    this.weights = weights;
    this.total = total;
  }

  /** The sorted, distinct shingle hashes {@code shingles} (not copied: the caller must not change them). */
  public static WeighedShingles of(long[] shingles, ShingleWeights weights) {
    float[] weightOf = new float[shingles.length];
    double total = 0;
    for (int i = 0; i < shingles.length; i++) {
      weightOf[i] = weights.weightAsFloat(shingles[i]);
      total += weightOf[i];
    }
    return new WeighedShingles(shingles, weightOf, total);
  }

  public int size() {
    return hashes.length;
  }

  /** The sum of the weights. */
  public double total() {
    return total;
  }

  long hash(int index) {
    return hashes[index];
  }

  float weight(int index) {
    return weights[index];
  }
}
