package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SetSimilarityTest {
  private static final double EPSILON = 1e-12;

  /** Weights are kept as floats: seven digits, where the scores are reported to four. */
  private static final double WEIGHED_EPSILON = 1e-6;

  private static void assertScores(
      double jaccard, double containment, SetSimilarity.Scores scores) {
    assertEquals(jaccard, scores.jaccard(), EPSILON);
    assertEquals(containment, scores.containment(), EPSILON);
  }

  private static void assertWeighedScores(
      double jaccard, double containment, SetSimilarity.Scores scores) {
    assertEquals(jaccard, scores.jaccard(), WEIGHED_EPSILON);
    assertEquals(containment, scores.containment(), WEIGHED_EPSILON);
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

  @Test
  void weighedWithoutCommonShinglesTheScoresAreExactlyThePlainOnes() {
    java.util.Random random = new java.util.Random(3);
    for (int round = 0; round < 200; round++) {
      long[] a = random.longs(1 + random.nextInt(300), 0, 500).distinct().sorted().toArray();
      long[] b = random.longs(1 + random.nextInt(300), 0, 500).distinct().sorted().toArray();
      assertEquals(SetSimilarity.compare(a, b), SetSimilarity.compare(a, b, ShingleWeights.NONE));
    }
    assertEquals(
        new SetSimilarity.Scores(0.0, 0.0),
        SetSimilarity.compare(new long[0], new long[] {1}, ShingleWeights.NONE));
  }

  /**
   * Two short articles of one site: 110 shingles of its "About" paragraphs, held by 5,000
   * different pages, and 40 of their own. Counted, they are copies (Jaccard 110 / 190); weighed,
   * the template counts a tenth and they are far apart.
   */
  @Test
  void pagesSharingOnlyACommonTemplateAreFarApartOnceWeighed() {
    long[] template = LongStream.range(0, 110).toArray();
    long[] first = LongStream.concat(LongStream.of(template), LongStream.range(1000, 1040)).toArray();
    long[] second = LongStream.concat(LongStream.of(template), LongStream.range(2000, 2040)).toArray();
    ShingleWeights weights = weights(template, 5000);

    assertScores(110.0 / 190, 110.0 / 150, SetSimilarity.compare(first, second));
    assertWeighedScores(11.0 / 91, 11.0 / 51, SetSimilarity.compare(first, second, weights));
  }

  /**
   * One agency story in 500 outlets, each copy with 30 shingles of its own outlet's chrome: the
   * story's 400 shingles are as common as a template (500 texts, weight 0.316 each), but they are
   * most of each text, so the weighed pair is still a copy.
   */
  @Test
  void copiesStayCopiesWhenTheirWholeTextIsCommon() {
    long[] story = LongStream.range(0, 400).toArray();
    long[] first = LongStream.concat(LongStream.of(story), LongStream.range(1000, 1030)).toArray();
    long[] second = LongStream.concat(LongStream.of(story), LongStream.range(2000, 2030)).toArray();
    double storyWeight = Math.sqrt(50.0 / 500);
    ShingleWeights weights = weights(story, 500);

    SetSimilarity.Scores weighed = SetSimilarity.compare(first, second, weights);
    assertWeighedScores(
        400 * storyWeight / (400 * storyWeight + 60), 400 * storyWeight / (400 * storyWeight + 30),
        weighed);
    assertEquals(CopyJudge.COPY, new CopyJudge(0.5, 0.8).relation(weighed));
  }

  @Test
  void anExcerptOfCommonTextIsStillContainedWhole() {
    long[] article = LongStream.range(0, 300).toArray();
    long[] excerpt = LongStream.range(100, 160).toArray();
    ShingleWeights weights = weights(LongStream.range(0, 200).toArray(), 3000);

    assertEquals(
        1.0, SetSimilarity.compare(excerpt, article, weights).containment(), WEIGHED_EPSILON);
  }

  /**
   * Over many random pairs, thresholds and weights, the bounded comparison either gives the very
   * doubles of the full one or gives up on a pair the judge would refuse.
   */
  @Test
  void theBoundedComparisonGivesTheFullScoresOrGivesUpOnlyOnRefusedPairs() {
    java.util.Random random = new java.util.Random(5);
    int givenUp = 0;
    int copies = 0;
    for (int trial = 0; trial < 4000; trial++) {
      long[] base = randomSet(random, 20 + random.nextInt(300), 2000);
      long[] first = variant(random, base, random.nextDouble());
      long[] second = variant(random, base, random.nextDouble());
      ShingleWeights weights =
          weights(randomSet(random, random.nextInt(400), 2000), 50 + random.nextInt(5000));
      CopyJudge judge = new CopyJudge(0.2 + 0.8 * random.nextDouble(), 0.2 + 0.8 * random.nextDouble());
      WeighedShingles a = WeighedShingles.of(first, weights);
      WeighedShingles b = WeighedShingles.of(second, weights);

      SetSimilarity.Scores full = SetSimilarity.compare(first, second, weights);
      SetSimilarity.Scores bounded =
          SetSimilarity.compareIfReaching(a, b, judge.minSharedWeight(a.total(), b.total()));
      if (bounded == null) {
        givenUp++;
        assertEquals(null, judge.relation(full), "given up on a copy at " + full);
      } else {
        assertEquals(full, bounded);
      }
      if (judge.relation(full) != null) {
        copies++;
      }
    }
    assertTrue(givenUp > 1000 && copies > 500, givenUp + " given up, " + copies + " copies");
  }

  @Test
  void aPairSharingNothingIsGivenUpBeforeTheEndOfTheMerge() {
    WeighedShingles a = WeighedShingles.of(LongStream.range(0, 100).toArray(), ShingleWeights.NONE);
    WeighedShingles b = WeighedShingles.of(LongStream.range(100, 200).toArray(), ShingleWeights.NONE);

    assertNull(SetSimilarity.compareIfReaching(a, b, 50));
    assertScores(0, 0, SetSimilarity.compareIfReaching(a, b, 0));
  }

  @Test
  void anEmptySetIsSimilarToNothingWhenBoundedToo() {
    WeighedShingles empty = WeighedShingles.of(new long[0], ShingleWeights.NONE);
    WeighedShingles some = WeighedShingles.of(new long[] {1, 2}, ShingleWeights.NONE);

    assertScores(0, 0, SetSimilarity.compareIfReaching(empty, some, 1));
  }

  private static long[] randomSet(java.util.Random random, int size, int universe) {
    return random.longs(size, 0, universe).sorted().distinct().toArray();
  }

  /** Keeps each element with the given probability and adds a few of its own. */
  private static long[] variant(java.util.Random random, long[] base, double keep) {
    LongStream kept = LongStream.of(base).filter(x -> random.nextDouble() < keep);
    LongStream own = random.longs(random.nextInt(40), 0, 2000);
    return LongStream.concat(kept, own).sorted().distinct().toArray();
  }

  private static ShingleWeights weights(long[] common, int texts) {
    int[] counts = new int[common.length];
    java.util.Arrays.fill(counts, texts);
    return new ShingleWeights(new org.newsdedup.model.CommonShingles(50, common, counts));
  }
}
