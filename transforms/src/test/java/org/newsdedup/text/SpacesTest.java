package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class SpacesTest {
  @Test
  void wordsAreSplitOnRunsOfWhitespace() {
    assertArrayEquals(new String[] {"Jane", "Doe"}, Spaces.words("  Jane \t Doe "));
    assertArrayEquals(new String[] {""}, Spaces.words("   "));
  }
}
