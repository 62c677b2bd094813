package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextStatsTest {
  @Test
  void sentencesEndAtTerminalMarksButNotAfterInitialsOrAbbreviations() {
    String text = "Mr. J. Smith met Dr. Jones on Jan. 5 in the U.S. capital. \"Was it good?\" he asked."
        + "\nA heading without a full stop\n大雪で運休した。全線で運転再開。";

    TextStats.Stats stats = TextStats.of(text);

    assertEquals(5, stats.sentences());
    assertEquals(Words.count(text), stats.words());
  }

  @Test
  void readingTimeIsRoundedUpAtTwoHundredThirtyWordsAMinute() {
    assertEquals(0, TextStats.of("").readingMinutes());
    assertEquals(1, TextStats.of("word ".repeat(230)).readingMinutes());
    assertEquals(2, TextStats.of("word ".repeat(231)).readingMinutes());
  }
}
