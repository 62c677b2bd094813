package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShardsTest {
  @Test
  void aKeyAlwaysGoesToTheSameShardInRange() {
    for (long key = -1000; key < 1000; key++) {
      int shard = Shards.of(key, 7);
      assertTrue(shard >= 0 && shard < 7, "shard " + shard);
      assertEquals(shard, Shards.of(key, 7));
    }
    assertEquals(Shards.of("site/page-1.txt", 256), Shards.of("site/page-1.txt", 256));
    assertEquals(0, Shards.of("anything", 1));
  }

  /** Anchor keys are all multiples of 16 in their low bits: they must still fill every shard. */
  @Test
  void anchorKeysSpreadEvenlyOverAllShards() {
    long[] shingles = new long[200_000];
    for (int i = 0; i < shingles.length; i++) {
      shingles[i] = Hashing64.mix(i);
    }
    Arrays.sort(shingles);
    long[] anchors = AnchorShingles.keys(shingles, AnchorShingles.DEFAULT_EVERY);
    int[] counts = new int[Shards.DEFAULT_COUNT];
    for (long anchor : anchors) {
      counts[Shards.of(anchor, Shards.DEFAULT_COUNT)]++;
    }
    double expected = anchors.length / (double) Shards.DEFAULT_COUNT;
    for (int count : counts) {
      assertTrue(count > expected * 0.6 && count < expected * 1.4, count + " against " + expected);
    }
  }

  @Test
  void idsSpreadOverAllShards() {
    int[] counts = new int[16];
    for (int i = 0; i < 16_000; i++) {
      counts[Shards.of("corpus/page-" + i + ".html", 16)]++;
    }
    for (int count : counts) {
      assertTrue(count > 800 && count < 1200, "count " + count);
    }
  }

  @Test
  void aShardCountBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Shards.of(1L, 0));
  }
}
