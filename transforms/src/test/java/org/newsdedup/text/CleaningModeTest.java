package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CleaningModeTest {
  @Test
  void parsesTheOptionValuesInAnyCase() {
    assertEquals(CleaningMode.BALANCED, CleaningMode.parse("balanced"));
    assertEquals(CleaningMode.PRECISION, CleaningMode.parse(" Precision "));
    assertEquals(CleaningMode.RECALL, CleaningMode.parse("RECALL"));
    assertEquals("recall", CleaningMode.RECALL.label());
  }

  @Test
  void refusesAnythingElseNamingTheChoices() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CleaningMode.parse("strict"));
    assertEquals("cleaning mode must be balanced, precision or recall, got 'strict'", e.getMessage());
  }
}
