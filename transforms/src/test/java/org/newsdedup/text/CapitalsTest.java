package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CapitalsTest {
  private static final Pattern UPPER = Pattern.compile("\\p{Lu}");

  @Test
  void findsTheNextUpperCaseLetter() {
    assertEquals(4, Capitals.next("the Mayor said", 0));
    assertEquals(4, Capitals.next("the Mayor said", 4));
    assertEquals(-1, Capitals.next("the Mayor said", 5));
    assertEquals(2, Capitals.next("à Émile", 0));
    assertEquals(3, Capitals.next("по Дону", 0));
    assertEquals(-1, Capitals.next("", 0));
  }

  @Test
  void readsCapitalsOutsideTheBasicPlaneAndSkipsUpperCaseSymbols() {
    String boldA = new String(Character.toChars(0x1D400));
    assertEquals(1, Capitals.next("x" + boldA + "y", 0));
    // Circled letters are upper case by Character.isUpperCase but are symbols, not letters (So).
    assertEquals(-1, Capitals.next("\u24B6 \u2160", 0));
  }

  @Test
  void agreesWithTheRegularExpressionClass() {
    List<String> pieces = List.of("a", "Z", " ", "É", "é", "ß", "ẞ", "Д", "д", "\u24B6", "\u01C5",
        new String(Character.toChars(0x1D400)), "\uD835", "\uDC00", "1", "“", "İ", "ı");
    SplittableRandom random = new SplittableRandom(7);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(8); i > 0; i--) {
        text.append(pieces.get(random.nextInt(pieces.size())));
      }
      int from = random.nextInt(text.length() + 1);
      Matcher upper = UPPER.matcher(text);
      int expected = upper.find(from) ? upper.start() : -1;
      assertEquals(expected, Capitals.next(text.toString(), from), text + " from " + from);
    }
  }
}
