package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CosineTest {
  @Test
  void handComputedCases() {
    assertEquals(1.0, Cosine.of(new float[] {1, 2, 3}, new float[] {1, 2, 3}), 1e-12);
    assertEquals(-1.0, Cosine.of(new float[] {1, 2, 3}, new float[] {-1, -2, -3}), 1e-12);
    assertEquals(0.0, Cosine.of(new float[] {1, 0}, new float[] {0, 5}), 1e-12);
    // (3,4)·(4,3) = 24, both of length 5: 24/25.
    assertEquals(0.96, Cosine.of(new float[] {3, 4}, new float[] {4, 3}), 1e-12);
    // 45 degrees.
    assertEquals(Math.sqrt(0.5), Cosine.of(new float[] {1, 0}, new float[] {1, 1}), 1e-12);
  }

  @Test
  void lengthDoesNotMatter() {
    assertEquals(
        Cosine.of(new float[] {3, 4}, new float[] {4, 3}),
        Cosine.of(new float[] {30, 40}, new float[] {0.4f, 0.3f}),
        1e-7);
  }

  @Test
  void aZeroVectorIsSimilarToNothing() {
    assertEquals(0.0, Cosine.of(new float[] {0, 0}, new float[] {1, 2}));
    assertEquals(0.0, Cosine.of(new float[] {0, 0}, new float[] {0, 0}));
  }

  @Test
  void vectorsOfDifferentDimensionsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Cosine.of(new float[2], new float[3]));
  }

  @Test
  void normalizeScalesToUnitLengthAndLeavesZeroAlone() {
    assertArrayEquals(new float[] {0.6f, 0.8f}, Cosine.normalize(new float[] {3, 4}), 1e-7f);
    assertArrayEquals(new float[] {0, 0}, Cosine.normalize(new float[] {0, 0}));
  }
}
