package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShingleTallyTest {
  @Test
  void sumsTheCountsOfEachShingleZeroAndExtremesIncluded() {
    ShingleTally tally = new ShingleTally();
    tally.add(0, 1);
    tally.add(Long.MIN_VALUE, 2);
    tally.add(0, 3);
    tally.add(-1, 1);
    tally.add(Long.MIN_VALUE, 5);

    assertEquals(3, tally.size());
    assertEquals(4, tally.count(0));
    assertEquals(7, tally.count(Long.MIN_VALUE));
    assertEquals(1, tally.count(-1));
    assertEquals(0, tally.count(42));
  }

  @Test
  void keepsEveryEntryThroughManyGrowths() {
    ShingleTally tally = new ShingleTally();
    // Shingle k (stepping by a large odd number, so the keys are spread) is added k % 7 + 1 times.
    for (int k = 0; k < 50_000; k++) {
      for (int time = 0; time <= k % 7; time++) {
        tally.add(k * 0x9E3779B97F4A7C15L, 1);
      }
    }

    assertEquals(50_000, tally.size());
    Map<Long, Integer> seen = new HashMap<>();
    tally.forEach((hash, count) -> assertEquals(null, seen.put(hash, count)));
    assertEquals(50_000, seen.size());
    for (int k = 0; k < 50_000; k++) {
      assertEquals(k % 7 + 1, seen.get(k * 0x9E3779B97F4A7C15L));
    }
  }

  @Test
  void aCountStopsAtTheLargestInt() {
    ShingleTally tally = new ShingleTally();
    tally.add(9, Integer.MAX_VALUE - 1);
    tally.add(9, 5);

    assertEquals(Integer.MAX_VALUE, tally.count(9));
  }

  @Test
  void clearingForgetsEverything() {
    ShingleTally tally = new ShingleTally();
    tally.add(1, 1);
    tally.add(2, 1);
    tally.clear();

    assertTrue(tally.isEmpty());
    assertEquals(0, tally.count(1));
    tally.add(2, 1);
    assertEquals(1, tally.count(2));
  }

  @Test
  void aCountBelowOneIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new ShingleTally().add(1, 0));
  }
}
