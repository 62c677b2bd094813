package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsdedup.model.CommonShingles;

class WeighedShinglesTest {
  @Test
  void eachShingleHasItsTableWeightAndTheTotalIsTheirSum() {
    ShingleWeights weights =
        new ShingleWeights(new CommonShingles(50, new long[] {3, 7}, new int[] {200, 50}));
    long[] shingles = {1, 3, 5, 7};

    WeighedShingles weighed = WeighedShingles.of(shingles, weights);

    assertEquals(4, weighed.size());
    for (int i = 0; i < shingles.length; i++) {
      assertEquals(shingles[i], weighed.hash(i));
      assertEquals(weights.weight(shingles[i]), weighed.weight(i));
    }
    assertEquals(0.5, weighed.weight(1), 1e-7);
    assertEquals(1 + 0.5 + 1 + 1, weighed.total(), 1e-7);
  }

  @Test
  void withoutCommonShinglesEveryWeightIsOne() {
    WeighedShingles weighed = WeighedShingles.of(new long[] {-4, 0, 9}, ShingleWeights.NONE);

    assertEquals(3.0, weighed.total());
  }
}
