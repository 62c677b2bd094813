package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void aTextWithoutWordsHasNoShingles() {
    assertEquals(0, Shingles.of("", 5).length);
    assertEquals(0, Shingles.of(" — !! ... ", 5).length);
  }

  @Test
  void thereIsOneShinglePerRunOfConsecutiveWords() {
    assertEquals(2, Shingles.of("a b c d e f", 5).length);
    assertEquals(6, Shingles.of("a b c d e f", 1).length);
    assertEquals(1, Shingles.of("a b c d e f", 6).length);
  }

  @Test
  void aTextShorterThanOneShingleIsOneShingle() {
    assertEquals(1, Shingles.of("Talks resume", 5).length);
    assertFalse(Arrays.equals(Shingles.of("a b c", 5), Shingles.of("a b c d", 5)));
  }

  @Test
  void repeatedShinglesAreCountedOnce() {
    assertEquals(5, Shingles.of("a b c d e a b c d e", 5).length);
    assertEquals(4, Shingles.of("the cat and the dog", 1).length);
    assertEquals(1, Shingles.of("word ".repeat(10_000), 5).length);
  }

  @Test
  void shinglesAreSortedAndDistinct() {
    long[] shingles =
        Shingles.of(
            "Pakistan and Iran have agreed to work together to improve security cooperation in"
                + " the wake of deadly air strikes by Tehran and Islamabad",
            3);

    for (int i = 1; i < shingles.length; i++) {
      assertTrue(shingles[i - 1] < shingles[i], "not strictly ascending at " + i);
    }
    assertEquals(21, shingles.length);
  }

  @Test
  void caseAndPunctuationDoNotChangeShingles() {
    assertArrayEquals(
        Shingles.of("Pakistan and Iran agree to work together", 3),
        Shingles.of("PAKISTAN, and Iran -- agree to work together!", 3));
    assertArrayEquals(Shingles.of("Zürich talks", 2), Shingles.of("ZÜRICH TALKS", 2));
  }

  @Test
  void wordOrderMatters() {
    assertFalse(Arrays.equals(Shingles.of("talks resume", 2), Shingles.of("resume talks", 2)));
  }

  @Test
  void overlappingTextsShareTheirCommonRuns() {
    long[] first = Shingles.of("w1 w2 w3 w4 w5 w6", 5);
    long[] second = Shingles.of("w2 w3 w4 w5 w6 w7", 5);

    assertEquals(1, SetSimilarity.intersectionSize(first, second));
  }

  @Test
  void aLongTextOfDistinctWordsHasOneShinglePerPosition() {
    String text =
        IntStream.range(0, 10_000).mapToObj(i -> "w" + i).collect(Collectors.joining(" "));

    assertEquals(9_996, Shingles.of(text, 5).length);
  }

  @Test
  void theSameTextAlwaysGivesTheSameShingles() {
    String text = "Pakistan said two children were killed and three others were injured.";

    assertArrayEquals(Shingles.of(text, 5), Shingles.of(new String(text.toCharArray()), 5));
  }
}
