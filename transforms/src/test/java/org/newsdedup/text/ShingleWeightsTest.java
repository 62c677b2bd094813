package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.CommonShingles;

class ShingleWeightsTest {
  private static final double EPSILON = 1e-6;

  @Test
  void aShingleWeighsOneBelowTheFloorAndLessTheMoreTextsHoldIt() {
    assertEquals(1.0, ShingleWeights.weightOf(1, 50));
    assertEquals(1.0, ShingleWeights.weightOf(49, 50));
    assertEquals(1.0, ShingleWeights.weightOf(50, 50));
    assertEquals(Math.sqrt(0.5), ShingleWeights.weightOf(100, 50), EPSILON);
    assertEquals(0.1, ShingleWeights.weightOf(5000, 50), EPSILON);
    assertEquals(0.01, ShingleWeights.weightOf(500_000, 50), EPSILON);
  }

  @Test
  void listedShinglesWeighByTheirCountAndOthersWeighOne() {
    ShingleWeights weights =
        new ShingleWeights(
            new CommonShingles(
                50, new long[] {Long.MIN_VALUE, -1, 0, 7, Long.MAX_VALUE},
                new int[] {50, 200, 5000, 800, 50}));

    assertEquals(1.0, weights.weight(Long.MIN_VALUE), EPSILON);
    assertEquals(0.5, weights.weight(-1), EPSILON);
    assertEquals(0.1, weights.weight(0), EPSILON);
    assertEquals(0.25, weights.weight(7), EPSILON);
    assertEquals(1.0, weights.weight(Long.MAX_VALUE), EPSILON);
    assertEquals(1.0, weights.weight(1), EPSILON);
    assertEquals(1.0, weights.weight(8), EPSILON);
    assertEquals(1.0, ShingleWeights.NONE.weight(0), EPSILON);
  }

  @Test
  void everyEntryOfALargeTableIsFoundDespiteCollisions() {
    Random random = new Random(5);
    long[] hashes = random.longs(20_000).distinct().sorted().toArray();
    // Hashes that differ only in their high bits would share a slot if only the low bits counted.
    long[] clashing = new long[64];
    for (int i = 0; i < clashing.length; i++) {
      clashing[i] = ((long) i << 40) | 12345;
    }
    long[] all = java.util.stream.LongStream.concat(
        Arrays.stream(hashes), Arrays.stream(clashing)).distinct().sorted().toArray();
    int[] counts = new int[all.length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = 50 + (int) Math.floorMod(all[i], 10_000L);
    }
    ShingleWeights weights = new ShingleWeights(new CommonShingles(50, all, counts));

    for (int i = 0; i < all.length; i++) {
      assertEquals(ShingleWeights.weightOf(counts[i], 50), weights.weight(all[i]), EPSILON);
    }
    long[] others = random.longs(20_000).filter(h -> Arrays.binarySearch(all, h) < 0).toArray();
    for (long other : others) {
      assertEquals(1.0, weights.weight(other));
    }
  }
}
