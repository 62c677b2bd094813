package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LowerCaseWordsTest {
  @Test
  void findsWordsWrittenInLowerCaseOnly() {
    LowerCaseWords words =
        new LowerCaseWords(List.of("The mayor said the plan works.", "Police chief Ana Silva: état-major"));

    assertTrue(words.contains("the"));
    assertTrue(words.contains("état"));
    assertTrue(words.contains("major"));
    assertFalse(words.contains("police"), "written only capitalised");
    assertFalse(words.contains("may"), "only inside a longer word");
    assertFalse(words.contains("état-major"), "not one run of letters");
    assertFalse(words.contains(""));
  }

  /** Against collecting every lower-case word into a set, on random text. */
  @Test
  void agreesWithTheSetOfEveryLowerCaseWord() {
    String[] alphabet = {"a", "b", "A", "é", "É", " ", ".", "-", "'", "1", "ß", "\u0301", "ǅ"};
    Random random = new Random(3);
    for (int round = 0; round < 2_000; round++) {
      List<String> paragraphs = List.of(randomText(random, alphabet), randomText(random, alphabet));
      Set<String> reference = everyLowerCaseWord(paragraphs);
      LowerCaseWords words = new LowerCaseWords(paragraphs);
      for (int query = 0; query < 10; query++) {
        String word = randomText(random, alphabet).strip();
        assertEquals(reference.contains(word), words.contains(word), paragraphs + " / " + word);
      }
      for (String word : reference) {
        assertTrue(words.contains(word), paragraphs + " / " + word);
      }
    }
  }

  private static String randomText(Random random, String[] alphabet) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      text.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return text.toString();
  }

  private static Set<String> everyLowerCaseWord(List<String> paragraphs) {
    Set<String> words = new HashSet<>();
    for (String paragraph : paragraphs) {
      int start = -1;
      for (int i = 0; i <= paragraph.length(); i++) {
        boolean letter = i < paragraph.length() && Character.isLetter(paragraph.charAt(i));
        if (letter && start < 0) {
          start = i;
        } else if (!letter && start >= 0) {
          if (Character.isLowerCase(paragraph.charAt(start))) {
            words.add(paragraph.substring(start, i));
          }
          start = -1;
        }
      }
    }
    return words;
  }
}
