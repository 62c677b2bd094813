package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RewriteJudgeTest {
  private static final float[] A = {1, 0, 0, 0};
  private static final float[] B = {0, 1, 0, 0};
  private static final float[] C = {0, 0, 1, 0};
  private static final float[] D = {0, 0, 0, 1};
  /** cos(A, A2) = 0.8: a paraphrase of passage A. */
  private static final float[] A2 = {0.8f, 0.6f, 0, 0};
  /** cos(A, A3) = 0.6: the same topic in other words, not a match. */
  private static final float[] A3 = {0.6f, 0, 0.8f, 0};

  @Test
  void theSameFactsInTheSameOrderAlignWhole() {
    assertEquals(1.0, RewriteJudge.orderedShare(List.of(A2, B, C), List.of(A, B, C)));
  }

  @Test
  void theSameFactsInAnotherOrderAlignOnlyTheirLongestOrderedRun() {
    // Partners 2, 1, 0: the longest non-decreasing run is one passage.
    assertEquals(1.0 / 3, RewriteJudge.orderedShare(List.of(C, B, A), List.of(A, B, C)), 1e-12);
    // Partners 0, 2, 1, 3: run 0, 1, 3 or 0, 2, 3.
    assertEquals(0.75, RewriteJudge.orderedShare(List.of(A, C, B, D), List.of(A, B, C, D)));
  }

  @Test
  void aSplitParagraphStillCounts() {
    assertEquals(1.0, RewriteJudge.orderedShare(List.of(A, A2, B), List.of(A, B)));
  }

  @Test
  void passagesBelowTheMatchCosineDoNotAlign() {
    assertEquals(0.0, RewriteJudge.orderedShare(List.of(A3), List.of(A)));
    assertEquals(0.5, RewriteJudge.orderedShare(List.of(A3, B), List.of(A, B)));
  }

  @Test
  void alignmentTakesTheBetterDirectionSoAnExpandedRewriteCounts() {
    List<float[]> shortOriginal = List.of(A, B);
    List<float[]> expanded = List.of(A, C, D, B);
    assertEquals(0.5, RewriteJudge.orderedShare(expanded, shortOriginal));
    assertEquals(1.0, RewriteJudge.orderedShare(shortOriginal, expanded));
    assertEquals(1.0, RewriteJudge.alignment(expanded, shortOriginal));
  }

  @Test
  void aThirdOfThePassagesInOrderMakesARewrite() {
    assertTrue(RewriteJudge.isRewrite(1.0 / 3));
    assertFalse(RewriteJudge.isRewrite(0.33));
    assertEquals("rewrite", RewriteJudge.relation(0.5));
    assertEquals("same-story", RewriteJudge.relation(0.1));
    assertEquals(0.0, RewriteJudge.alignment(List.of(), List.of(A)));
  }

  @Test
  void longestNonDecreasingRun() {
    assertEquals(0, RewriteJudge.longestNonDecreasing(List.of()));
    assertEquals(4, RewriteJudge.longestNonDecreasing(List.of(0, 1, 1, 2)));
    assertEquals(3, RewriteJudge.longestNonDecreasing(List.of(3, 0, 1, 0, 2)));
  }
}
