package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpacesTest {
  @Test
  void wordsAreSplitOnRunsOfWhitespace() {
    assertArrayEquals(new String[] {"Jane", "Doe"}, Spaces.words("  Jane \t Doe "));
    assertArrayEquals(new String[] {""}, Spaces.words("   "));
  }

  @Test
  void splitsAsTheRegexSplitOfTheStrippedText() {
    for (String text : List.of("", "a", " a ", "a  b", "a\u00A0b c", "a\u2003b\u2003", "\u001Ca b\u001F",
        "a\r\n\u000Bb\fc", "\u3000x\u3000y\u3000", "Jane Doe,  54,\tsaid", "\u00A0\u00A0")) {
      String stripped = text.strip();
      String[] expected = stripped.isEmpty() ? new String[] {""} : stripped.split("\\s+");
      assertArrayEquals(expected, Spaces.words(text), text);
    }
  }
}
