package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CopyJudgeTest {
  private final CopyJudge judge = new CopyJudge(0.5, 0.8);

  private static SetSimilarity.Scores scores(double jaccard, double containment) {
    return new SetSimilarity.Scores(jaccard, containment);
  }

  @Test
  void aPairAtOrAboveTheJaccardThresholdIsACopy() {
    assertEquals(CopyJudge.COPY, judge.relation(scores(0.5, 0.6)));
    assertEquals(CopyJudge.COPY, judge.relation(scores(0.9, 1.0)));
  }

  @Test
  void aPairBelowJaccardButMostlyInsideTheOtherIsContained() {
    assertEquals(CopyJudge.CONTAINED, judge.relation(scores(0.49, 0.8)));
    assertEquals(CopyJudge.CONTAINED, judge.relation(scores(0.1, 1.0)));
  }

  @Test
  void aPairBelowBothThresholdsIsNoCopy() {
    assertNull(judge.relation(scores(0.49, 0.79)));
    assertNull(judge.relation(scores(0.0, 0.0)));
  }

  @Test
  void thresholdsOfOneDemandIdenticalSets() {
    CopyJudge strict = new CopyJudge(1.0, 1.0);

    assertEquals(CopyJudge.COPY, strict.relation(scores(1.0, 1.0)));
    assertEquals(CopyJudge.CONTAINED, strict.relation(scores(0.99, 1.0)));
    assertNull(strict.relation(scores(0.99, 0.99)));
  }

  @ParameterizedTest
  @CsvSource({"0, 0.8", "-0.1, 0.8", "1.01, 0.8", "0.5, 0", "0.5, 1.5", "NaN, 0.8", "0.5, NaN"})
  void thresholdsOutsideZeroToOneAreRefused(double minJaccard, double minContainment) {
    assertThrows(IllegalArgumentException.class, () -> new CopyJudge(minJaccard, minContainment));
  }

  @Test
  void aTruncatedCopyOfAnArticleIsContained() {
    String full = IntStream.range(0, 40).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));
    String excerpt = IntStream.range(0, 15).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));

    SetSimilarity.Scores scores =
        SetSimilarity.compare(Shingles.of(full, 5), Shingles.of(excerpt, 5));

    assertEquals(11.0 / 36, scores.jaccard(), 1e-12);
    assertEquals(1.0, scores.containment(), 1e-12);
    assertEquals(CopyJudge.CONTAINED, judge.relation(scores));
  }

  /**
   * Two sets of weight 100: Jaccard 0.5 needs a shared weight of 100 / 1.5, containment 0.8 needs
   * 80; the lesser is the bound, and a pair just at it is a copy.
   */
  @Test
  void theLeastSharedWeightIsTheLesserOfWhatEitherThresholdNeeds() {
    CopyJudge judge = new CopyJudge(0.5, 0.8);

    assertEquals(100 / 1.5, judge.minSharedWeight(100, 100), 1e-12);
    assertEquals(0.8 * 30, judge.minSharedWeight(30, 200), 1e-12);
    double shared = judge.minSharedWeight(100, 100);
    assertEquals(CopyJudge.COPY, judge.relation(
        new SetSimilarity.Scores(shared / (200 - shared), shared / 100)));
    double less = shared - 0.01;
    assertNull(judge.relation(new SetSimilarity.Scores(less / (200 - less), less / 100)));
  }

  @Test
  void relationNamesAreStable() {
    assertEquals("exact", CopyJudge.EXACT);
    assertEquals("copy", CopyJudge.COPY);
    assertEquals("contained", CopyJudge.CONTAINED);
    assertEquals("transitive", CopyJudge.TRANSITIVE);
    assertEquals("canonical", CopyJudge.CANONICAL);
  }
}
