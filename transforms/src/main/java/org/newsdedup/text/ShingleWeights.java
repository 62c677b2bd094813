package org.newsdedup.text;

import org.newsdedup.model.CommonShingles;

/**
 * How much a shingle counts as evidence that two texts are copies, from the number of distinct
 * texts of the run that hold it. Text that very many different documents share is a site's
 * template (an "About us" box, a standing disclaimer) or a stock phrase, not a sign that one was
 * copied from the other; so a shingle held by fewer than {@code floor} texts ({@link
 * CommonShingles#floor()}) weighs 1, and one held by {@code n ≥ floor} texts weighs {@code
 * sqrt(floor / n)}: a third at ten times the floor, a tenth at a hundred times.
 *
 * <p>The weight depends on the count alone, not on the size of the run: a block that 5,000
 * different pages carry is a template whether the night brought 6,000 pages or 100 million.
 * (The classic inverse document frequency, {@code log(1 + N / n)}, gives such a block more than
 * half the weight of a shingle of one text in a run of 100 million, and in a small run where one
 * story's copies are most of the texts it weighs that story's words next to nothing.) Copies stay
 * copies because their whole text is common
 * together: weights scale what they share and most of what they hold alike. Pages of one
 * template are different articles in common chrome: once the chrome weighs little, what they
 * share is a small part of their weight.
 *
 * <p>Lookups go through an open-addressing table built once per {@link CommonShingles}: a
 * pair's verification looks up every shingle of both texts. Weights are kept as floats (seven
 * digits; scores are reported to four), so a table of a million common shingles takes about 26 MB.
 */
public final class ShingleWeights {
  /** The default floor: shingles in fewer distinct texts than this weigh 1 (see the README). */
  public static final int DEFAULT_FLOOR = 50;

  /** Every shingle weighs 1: the weighted scores are the plain ones. */
  public static final ShingleWeights NONE = new ShingleWeights(CommonShingles.NONE);

  private final long[] keys;
  private final float[] weights;
  private final boolean[] used;
  private final int mask;

  /** Weights for these common shingles; any other shingle weighs 1. */
  public ShingleWeights(CommonShingles common) {
    int floor = common.floor();
    long[] hashes = common.hashes();
    int[] counts = common.textCounts();
    int capacity = Integer.highestOneBit(Math.max(4, hashes.length * 2 - 1)) << 1;
    keys = new long[capacity];
    weights = new float[capacity];
    used = new boolean[capacity];
    mask = capacity - 1;
    for (int i = 0; i < hashes.length; i++) {
      int slot = slot(hashes[i]);
      while (used[slot]) {
        slot = (slot + 1) & mask;
      }
      used[slot] = true;
      keys[slot] = hashes[i];
      weights[slot] = (float) weightOf(counts[i], floor);
    }
  }

  /** The weight of a shingle held by {@code texts} distinct texts. */
  public static double weightOf(int texts, int floor) {
    return texts < floor ? 1.0 : Math.sqrt((double) floor / texts);
  }

  /** The weight of this shingle hash: 1 unless it is common. */
  public double weight(long hash) {
    return weightAsFloat(hash);
  }

  /** The weight as the table keeps it, so that weights looked up ahead add up to the same sums. */
  float weightAsFloat(long hash) {
    int slot = slot(hash);
    while (used[slot]) {
      if (keys[slot] == hash) {
        return weights[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 1f;
  }

  private int slot(long hash) {
    // Shingle hashes are uniform already; folding the high half in keeps both halves in play.
    return (int) (hash ^ (hash >>> 32)) & mask;
  }
}
