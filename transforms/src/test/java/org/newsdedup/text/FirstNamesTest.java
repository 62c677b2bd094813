package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstNamesTest {
  @Test
  void commonGivenNamesOfSeveralLanguagesAreKnownWhateverTheirCase() {
    assertTrue(FirstNames.isCommon("Margaret"));
    assertTrue(FirstNames.isCommon("françois"));
    assertTrue(FirstNames.isCommon("Priya"));
    assertFalse(FirstNames.isCommon("Council"));
    assertFalse(FirstNames.isCommon("The"));
  }
}
