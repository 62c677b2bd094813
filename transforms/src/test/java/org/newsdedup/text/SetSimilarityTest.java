package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SetSimilarityTest {
  private static final double EPSILON = 1e-12;

  private static void assertScores(
      double jaccard, double containment, SetSimilarity.Scores scores) {
    assertEquals(jaccard, scores.jaccard(), EPSILON);
    assertEquals(containment, scores.containment(), EPSILON);
  }

  @Test
  void overlappingSetsScoreSharedOverUnionAndOverSmaller() {
    assertScores(0.5, 2.0 / 3, SetSimilarity.compare(new long[] {1, 2, 3}, new long[] {2, 3, 4}));
  }

  @Test
  void identicalSetsScoreOne() {
    long[] set = {-9, -1, 0, 7, 42};

    assertScores(1.0, 1.0, SetSimilarity.compare(set, set.clone()));
  }

  @Test
  void disjointSetsScoreZero() {
    assertScores(0.0, 0.0, SetSimilarity.compare(new long[] {1, 3, 5}, new long[] {2, 4, 6}));
  }

  @Test
  void aSubsetIsFullyContainedButNotEqual() {
    assertScores(0.5, 1.0, SetSimilarity.compare(new long[] {1, 2}, new long[] {1, 2, 3, 4}));
  }

  @Test
  void negativeHashesMergeInSignedOrder() {
    assertScores(
        0.5, 2.0 / 3,
        SetSimilarity.compare(
            new long[] {Long.MIN_VALUE, -5, 3}, new long[] {-5, 3, Long.MAX_VALUE}));
  }

  @Test
  void anEmptySetIsSimilarToNothing() {
    assertScores(0.0, 0.0, SetSimilarity.compare(new long[0], new long[] {1, 2}));
    assertScores(0.0, 0.0, SetSimilarity.compare(new long[] {1, 2}, new long[0]));
    assertScores(0.0, 0.0, SetSimilarity.compare(new long[0], new long[0]));
  }

  @Test
  void scoresAreSymmetric() {
    long[] a = {1, 4, 9, 16, 25};
    long[] b = {4, 16, 36};

    assertEquals(SetSimilarity.compare(a, b), SetSimilarity.compare(b, a));
    assertScores(2.0 / 6, 2.0 / 3, SetSimilarity.compare(a, b));
  }

  @Test
  void intersectionSizeCountsSharedValues() {
    assertEquals(
        3, SetSimilarity.intersectionSize(new long[] {1, 2, 5, 8}, new long[] {2, 5, 8, 9}));
    assertEquals(0, SetSimilarity.intersectionSize(new long[] {1}, new long[] {2}));
  }

  @Test
  void largeRangesHaveTheJaccardOfTheirOverlap() {
    long[] a = LongStream.range(0, 1000).toArray();
    long[] b = LongStream.range(250, 1250).toArray();

    assertScores(0.6, 0.75, SetSimilarity.compare(a, b));
  }

  @Test
  void shinglesOfTwoOverlappingSentencesCompareAsCounted() {
    long[] first = Shingles.of("w1 w2 w3 w4 w5 w6", 5);
    long[] second = Shingles.of("w2 w3 w4 w5 w6 w7", 5);

    assertScores(1.0 / 3, 0.5, SetSimilarity.compare(first, second));
  }
}
