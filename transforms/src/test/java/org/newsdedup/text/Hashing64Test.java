package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Hashing64Test {
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  @Test
  void mixIsTheSplitMix64FinaliserOfTheReferenceSequence() {
    assertEquals(0xe220a8397b1dcdafL, Hashing64.mix(GOLDEN_GAMMA));
    assertEquals(0x6e789e6aa1b965f4L, Hashing64.mix(2 * GOLDEN_GAMMA));
    assertEquals(0x06c45d188009454fL, Hashing64.mix(3 * GOLDEN_GAMMA));
  }

  @Test
  void mixKeepsZeroAtZero() {
    assertEquals(0L, Hashing64.mix(0L));
  }

  @Test
  void tokenIsFnv1aThenMixed() {
    assertEquals(Hashing64.mix(0xcbf29ce484222325L), Hashing64.token(""));
    assertEquals(Hashing64.mix(0xaf63dc4c8601ec8cL), Hashing64.token("a"));
    assertEquals(Hashing64.mix(0x85944171f73967e8L), Hashing64.token("foobar"));
  }

  @Test
  void tokenIsCaseSensitiveAndDistinguishesAccents() {
    assertNotEquals(Hashing64.token("iran"), Hashing64.token("Iran"));
    assertNotEquals(Hashing64.token("cafe"), Hashing64.token("café"));
  }

  @Test
  void combineOfZeroAndZeroIsTheFirstSplitMixOutput() {
    assertEquals(0xe220a8397b1dcdafL, Hashing64.combine(0L, 0L));
  }

  @Test
  void combineDependsOnOrder() {
    long iran = Hashing64.token("iran");
    long pakistan = Hashing64.token("pakistan");

    assertNotEquals(
        Hashing64.combine(Hashing64.combine(7, iran), pakistan),
        Hashing64.combine(Hashing64.combine(7, pakistan), iran));
  }

  @Test
  void mixGivesDistinctOutputsForDistinctInputs() {
    Set<Long> outputs = new HashSet<>();
    for (long i = 0; i < 100_000; i++) {
      outputs.add(Hashing64.mix(i));
    }

    assertEquals(100_000, outputs.size());
  }

  @Test
  void flippingOneInputBitFlipsAboutHalfTheOutputBits() {
    Random random = new Random(29);
    long flipped = 0;
    int trials = 0;
    for (int sample = 0; sample < 2_000; sample++) {
      long input = random.nextLong();
      long output = Hashing64.mix(input);
      for (int bit = 0; bit < 64; bit++) {
        flipped += Long.bitCount(output ^ Hashing64.mix(input ^ (1L << bit)));
        trials++;
      }
    }
    double average = (double) flipped / trials;

    assertTrue(average > 31.5 && average < 32.5, "average flipped bits " + average);
  }
}
