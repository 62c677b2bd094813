package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtractionScoreTest {
  private static final double EXACT = 1e-12;

  @Test
  void aSixWordExtractionHoldingAFiveWordGold() {
    // gold: pakistan and iran agree talks
    //   -> {pakistan and iran agree, and iran agree talks}: 2 shingles
    // extracted: home pakistan and iran agree talks
    //   -> {home pakistan and iran, pakistan and iran agree, and iran agree talks}: 3 shingles
    // matched 2: P = 2/3, R = 2/2, F1 = 2 * 2/3 * 1 / (2/3 + 1) = 4/5
    ExtractionScore score =
        ExtractionScore.of("Home\nPakistan and Iran agree talks.", "Pakistan and Iran agree talks");

    assertEquals(new MatchCounts(2, 1, 0), score.counts());
    assertEquals(2.0 / 3, score.precision(), EXACT);
    assertEquals(1.0, score.recall(), EXACT);
    assertEquals(0.8, score.f1(), EXACT);
  }

  @Test
  void shinglesAreCountedAsABag() {
    // extracted: rain fell on monday rain fell on monday
    //   -> rain fell on monday (x2), fell on monday rain, on monday rain fell, monday rain fell on
    //   = 5 shingles; gold holds rain fell on monday once, so one match:
    // P = 1/5, R = 1/1, F1 = 2 * 0.2 * 1 / 1.2 = 1/3
    ExtractionScore score =
        ExtractionScore.of("Rain fell on Monday. Rain fell on Monday.", "Rain fell on Monday.");

    assertEquals(new MatchCounts(1, 4, 0), score.counts());
    assertEquals(0.2, score.precision(), EXACT);
    assertEquals(1.0, score.recall(), EXACT);
    assertEquals(1.0 / 3, score.f1(), EXACT);
  }

  @Test
  void tokensAreLowerCasedWordsWithoutPunctuation() {
    ExtractionScore score =
        ExtractionScore.of("PAKISTAN, and IRAN agree!", "Pakistan and Iran agree");

    assertEquals(new MatchCounts(1, 0, 0), score.counts());
    assertEquals(1.0, score.f1());
  }

  @Test
  void aTextShorterThanAShingleIsOneShingleOfAllItsWords() {
    assertEquals(Map.of("storm warning", 1), ExtractionScore.shingleBag("Storm warning"));
    assertEquals(1.0, ExtractionScore.of("Storm warning", "storm WARNING").f1());
    // "storm warning issued" is a different single shingle from "storm warning"
    assertEquals(
        new MatchCounts(0, 1, 1), ExtractionScore.of("Storm warning issued", "Storm warning").counts());
  }

  @Test
  void bothEmptyIsAPerfectScore() {
    ExtractionScore score = ExtractionScore.of("", " -- ");

    assertEquals(1.0, score.precision());
    assertEquals(1.0, score.recall());
    assertEquals(1.0, score.f1());
    assertFalse(score.hasExtractedText());
    assertFalse(score.hasGoldText());
  }

  @Test
  void anEmptyExtractionOfAnArticleScoresZero() {
    ExtractionScore score = ExtractionScore.of("", "Pakistan and Iran agree talks");

    assertEquals(0.0, score.precision());
    assertEquals(0.0, score.recall());
    assertEquals(0.0, score.f1());
    assertFalse(score.hasExtractedText());
    assertTrue(score.hasGoldText());
  }

  @Test
  void textExtractedFromAPageWithNoArticleScoresZero() {
    ExtractionScore score = ExtractionScore.of("Subscribe to our newsletter today", "");

    assertEquals(new MatchCounts(0, 2, 0), score.counts());
    assertEquals(0.0, score.precision());
    assertEquals(0.0, score.recall());
  }
}
