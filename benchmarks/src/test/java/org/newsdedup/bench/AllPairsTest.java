package org.newsdedup.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsdedup.text.SetSimilarity;

class AllPairsTest {
  /** Sets drawn from a small universe, many of them variants of a few bases, so many pairs are close. */
  private static long[][] sets(long seed, int count) {
    Random random = new Random(seed);
    long[][] bases = new long[5][];
    for (int b = 0; b < bases.length; b++) {
      bases[b] = random.longs(20 + random.nextInt(30), 0, 200).toArray();
    }
    long[][] sets = new long[count][];
    for (int i = 0; i < count; i++) {
      TreeSet<Long> set = new TreeSet<>();
      for (long element : bases[random.nextInt(bases.length)]) {
        if (random.nextDouble() < 0.9) {
          set.add(element);
        }
      }
      for (int extra = random.nextInt(6); extra > 0; extra--) {
        set.add((long) random.nextInt(200));
      }
      sets[i] = set.stream().mapToLong(Long::longValue).toArray();
    }
    sets[count - 1] = new long[0];
    return sets;
  }

  private static long[] bruteForce(long[][] sets, double threshold) {
    TreeSet<Long> pairs = new TreeSet<>();
    for (int i = 0; i < sets.length; i++) {
      for (int j = i + 1; j < sets.length; j++) {
        if (SetSimilarity.compare(sets[i], sets[j]).jaccard() >= threshold) {
          pairs.add(PairFile.pair(i, j));
        }
      }
    }
    return pairs.stream().mapToLong(Long::longValue).toArray();
  }

  @Test
  void findsExactlyThePairsOfEveryPairComparedAtSeveralThresholds() {
    for (long seed = 1; seed <= 5; seed++) {
      long[][] sets = sets(seed, 120);
      for (double threshold : new double[] {0.5, 0.7, 0.8, 0.9, 1.0}) {
        long[] expected = bruteForce(sets, threshold);
        assertArrayEquals(expected, AllPairs.pairs(sets, threshold), "seed " + seed + ", t " + threshold);
      }
    }
  }

  @Test
  void theTestSetsHavePairsOnBothSidesOfTheThreshold() {
    long[][] sets = sets(1, 120);
    long close = bruteForce(sets, 0.8).length;
    long all = bruteForce(sets, 0.0001).length;
    assertTrue(close > 20 && close < all, close + " of " + all);
  }

  @Test
  void identicalSetsArePairsAndEmptySetsAreNot() {
    long[][] sets = {{1, 2, 3}, {1, 2, 3}, {}, {}, {4, 5}};
    assertArrayEquals(new long[] {PairFile.pair(0, 1)}, AllPairs.pairs(sets, 0.8));
    assertTrue(Arrays.equals(new long[0], AllPairs.pairs(new long[][] {{}, {}}, 0.5)));
  }
}
