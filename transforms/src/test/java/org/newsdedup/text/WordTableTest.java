package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {
  @Test
  void findsEveryWordAndNothingElse() {
    Map<String, Integer> entries = new HashMap<>();
    for (int i = 1; i <= 500; i++) {
      entries.put("w" + i, i);
    }
    entries.put("été", 7);
    entries.put("", 9);
    WordTable table = new WordTable(entries);

    entries.forEach((word, value) -> assertEquals(value, get(table, word), word));
    assertEquals(0, get(table, "w501"));
    assertEquals(0, get(table, "w"));
    assertEquals(0, get(table, "ete"));
    assertEquals(0, get(new WordTable(Map.of()), "the"));
  }

  @Test
  void zeroIsNotAValue() {
    assertThrows(IllegalArgumentException.class, () -> new WordTable(Map.of("the", 0)));
  }

  private static int get(WordTable table, String word) {
    char[] padded = (word + "xyz").toCharArray();
    return table.get(padded, word.length());
  }
}
