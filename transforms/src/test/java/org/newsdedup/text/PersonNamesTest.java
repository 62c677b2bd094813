package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonNamesTest {
  @Test
  void titlesIncludeGermanCompoundsButNotNames() {
    assertTrue(PersonNames.isTitle("Judge"));
    assertTrue(PersonNames.isTitle("Verbandspräsident"));
    assertTrue(PersonNames.isTitle("Bürgermeisterin"));
    assertFalse(PersonNames.isTitle("Patricia"));
  }
}
