package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantizedVectorsTest {
  private static final int DIMENSION = 384;

  @Test
  void theLargestComponentBecomes127AndTheOthersScaleWithIt() {
    assertArrayEquals(
        new byte[] {127, -51, 0, 25}, QuantizedVectors.quantize(new float[] {0.5f, -0.2f, 0f, 0.1f}));
    assertArrayEquals(new byte[] {-127, 127}, QuantizedVectors.quantize(new float[] {-2f, 2f}));
    assertArrayEquals(new byte[3], QuantizedVectors.quantize(new float[3]));
  }

  @Test
  void restoringGivesAVectorPointingTheSameWay() {
    float[] vector = {0.6f, -0.8f};
    assertEquals(1.0, Cosine.of(vector, QuantizedVectors.restore(QuantizedVectors.quantize(vector))), 1e-4);
  }

  /**
   * Pairs of random unit vectors at cosines from about 0 to 0.95 (each a mix of a shared
   * direction and its own): the quantized cosine stays within 0.01 of the exact one.
   */
  @Test
  void cosineMovesByLessThanOneHundredth() {
    Random random = new Random(42);
    double worst = 0;
    for (int pair = 0; pair < 500; pair++) {
      float[] shared = gaussian(random);
      double weight = random.nextDouble();
      float[] a = mix(shared, gaussian(random), weight);
      float[] b = mix(shared, gaussian(random), weight);
      double exact = Cosine.of(a, b);
      double quantized =
          QuantizedVectors.cosine(QuantizedVectors.quantize(a), QuantizedVectors.quantize(b));
      worst = Math.max(worst, Math.abs(exact - quantized));
    }
    assertTrue(worst < 0.01, "worst cosine error " + worst);
    assertTrue(worst > 0, "quantizing changed nothing: the test would not see an error");
  }

  private static float[] gaussian(Random random) {
    float[] v = new float[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return Cosine.normalize(v);
  }

  private static float[] mix(float[] shared, float[] own, double weight) {
    float[] v = new float[DIMENSION];
    for (int i = 0; i < DIMENSION; i++) {
      v[i] = (float) (weight * shared[i] + (1 - weight) * own[i]);
    }
    return Cosine.normalize(v);
  }
}
