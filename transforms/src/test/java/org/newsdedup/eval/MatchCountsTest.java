package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MatchCountsTest {
  private static final double EXACT = 1e-12;

  @Test
  void precisionRecallAndF1FromCounts() {
    MatchCounts counts = new MatchCounts(3, 1, 2);

    assertEquals(3.0 / 4, counts.precision(), EXACT);
    assertEquals(3.0 / 5, counts.recall(), EXACT);
    // 2 * 0.75 * 0.6 / (0.75 + 0.6) = 0.9 / 1.35
    assertEquals(2.0 / 3, counts.f1(), EXACT);
  }

  @Test
  void nothingAgainstNothingIsAPerfectMatch() {
    assertEquals(1.0, MatchCounts.NONE.precision());
    assertEquals(1.0, MatchCounts.NONE.recall());
    assertEquals(1.0, MatchCounts.NONE.f1());
  }

  @Test
  void nothingExtractedAgainstSomethingScoresZero() {
    MatchCounts counts = new MatchCounts(0, 0, 4);

    assertEquals(0.0, counts.precision());
    assertEquals(0.0, counts.recall());
    assertEquals(0.0, counts.f1());
  }

  @Test
  void somethingExtractedAgainstNothingScoresZero() {
    MatchCounts counts = new MatchCounts(0, 4, 0);

    assertEquals(0.0, counts.precision());
    assertEquals(0.0, counts.recall());
    assertEquals(0.0, counts.f1());
  }

  @Test
  void countsAddUp() {
    assertEquals(
        new MatchCounts(4, 3, 2), new MatchCounts(1, 3, 0).plus(new MatchCounts(3, 0, 2)));
  }

  @Test
  void negativeCountsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new MatchCounts(1, -1, 0));
  }
}
