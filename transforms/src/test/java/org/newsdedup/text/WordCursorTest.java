package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordCursorTest {
  @Test
  void cutsAndLowerCasesAsWordsTokens() {
    assertEquals(List.of("it's", "état-major", "2024", "o'neill"),
        tokens("It’s  État-Major, 2024 — O'Neill!"));
    assertEquals(List.of(), tokens(" -- ' ... "));
  }

  @Test
  void flagsTheTwoLettersThatLowerCaseDifferentlyInAWholeWord() {
    WordCursor cursor = new WordCursor("İstanbul ΟΔΟΣ plain");
    assertTrue(cursor.next());
    assertFalse(cursor.isLowerCasedAsWhole());
    assertTrue(cursor.next());
    assertFalse(cursor.isLowerCasedAsWhole());
    assertTrue(cursor.next());
    assertTrue(cursor.isLowerCasedAsWhole());
    assertFalse(cursor.next());
  }

  /** Random text from an alphabet of the awkward cases: marks, joiners, surrogates, İ, Σ. */
  @Test
  void agreesWithWordsTokensOnRandomText() {
    String[] alphabet = {"a", "Z", "é", "É", "7", " ", "-", "'", "’", ".", "\u0301", "\u093F",
        "İ", "Σ", "ß", "ǅ", "\uD835\uDC00", "\uD801\uDC00", "\uD835", "中", "ー", "\u00A0", "_"};
    Random random = new Random(42);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(20); i > 0; i--) {
        text.append(alphabet[random.nextInt(alphabet.length)]);
      }
      List<String> expected = Words.tokens(text.toString());
      WordCursor cursor = new WordCursor(text.toString());
      List<String> actual = new ArrayList<>();
      while (cursor.next()) {
        String token = new String(cursor.chars(), 0, cursor.length());
        actual.add(cursor.isLowerCasedAsWhole() ? token : expected.get(actual.size()));
      }
      assertEquals(expected, actual, text.toString());
    }
  }

  private static List<String> tokens(String text) {
    WordCursor cursor = new WordCursor(text);
    List<String> tokens = new ArrayList<>();
    while (cursor.next()) {
      tokens.add(new String(cursor.chars(), 0, cursor.length()));
    }
    return tokens;
  }
}
