package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UiPhrasesTest {
  @ParameterizedTest
  @ValueSource(strings = {"5 min read", "Skip to main content", "facebook icon", "Lesezeit: 3 Minuten",
    "Partager sur Facebook", "A A A", "Link Copied!", "Search for news, symbols or companies"})
  void pageControlsAreRecognised(String line) {
    assertTrue(UiPhrases.isControl(line));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sharp rise in shares as miners rally", "The Morning Record", "Minister resigns"})
  void headlinesAndNamesAreNotControls(String line) {
    assertFalse(UiPhrases.isControl(line));
  }

  @org.junit.jupiter.api.Test
  void aFlattenedMenuIsARowButATitleCaseHeadlineIsNot() {
    assertTrue(UiPhrases.isMenuRow("Home Startups Funding Tech Policy Events Jobs Newsletter Login"));
    assertFalse(UiPhrases.isMenuRow("Oil Holds Gains as Traders Weigh Supply Cuts"));
    assertFalse(UiPhrases.isMenuRow("Home News World"));
  }
}
