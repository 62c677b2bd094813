package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class HyperplaneLshTest {
  private static final int DIMENSION = 384;
  private static final HyperplaneLsh LSH = HyperplaneLsh.withDefaults(DIMENSION);

  @Test
  void theProbabilityMathByHand() {
    // p = 1 − θ/π: identical vectors always agree, orthogonal ones half the time, opposite never.
    assertEquals(1.0, HyperplaneLsh.bitAgreement(1.0), 1e-12);
    assertEquals(0.5, HyperplaneLsh.bitAgreement(0.0), 1e-12);
    assertEquals(0.0, HyperplaneLsh.bitAgreement(-1.0), 1e-12);
    // cos 60° = 0.5: θ = π/3, p = 2/3.
    assertEquals(2.0 / 3, HyperplaneLsh.bitAgreement(0.5), 1e-12);
    // One band of one row: P[candidate] = p.
    assertEquals(2.0 / 3, new HyperplaneLsh(4, 1, 1, 1).candidateProbability(0.5), 1e-12);
    // Two bands of two rows at p = 2/3: 1 − (1 − 4/9)² = 1 − 25/81 = 56/81.
    assertEquals(56.0 / 81, new HyperplaneLsh(4, 2, 2, 1).candidateProbability(0.5), 1e-12);
  }

  @Test
  void theDefaultsFindPairsAtCosine080WithProbability099() {
    assertEquals(178, LSH.bands());
    assertEquals(16, LSH.rows());
    assertTrue(LSH.candidateProbability(0.80) >= 0.99);
    assertTrue(LSH.candidateProbability(0.75) > 0.93);
    assertTrue(LSH.candidateProbability(0.30) < 0.05);
    assertTrue(LSH.candidateProbability(0.0) < 0.003);
  }

  @Test
  void aVectorAndItsMultipleShareEveryKeyAndItsOppositeShareNone() {
    float[] v = randomUnit(new Random(1));
    float[] doubled = new float[DIMENSION];
    float[] opposite = new float[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) {
      doubled[d] = 2 * v[d];
      opposite[d] = -v[d];
    }
    assertArrayEquals(LSH.bandKeys(v), LSH.bandKeys(doubled));
    long[] bits = LSH.bandBits(v);
    long[] oppositeBits = LSH.bandBits(opposite);
    long rowMask = (1L << LSH.rows()) - 1;
    for (int band = 0; band < bits.length; band++) {
      assertEquals(rowMask, bits[band] ^ oppositeBits[band], "every bit flips");
    }
    assertEquals(0, sharedKeys(LSH.bandKeys(v), LSH.bandKeys(opposite)));
  }

  @Test
  void bitsInTwoDimensionsFollowTheSideOfEachHyperplane() {
    // In 2-D a vector and one rotated by a tiny angle are split by almost no hyperplane.
    HyperplaneLsh lsh = new HyperplaneLsh(2, 50, 8, 7);
    float[] east = {1, 0};
    float[] almostEast = {1, 1e-6f};
    assertArrayEquals(lsh.bandBits(east), lsh.bandBits(almostEast));
  }

  @Test
  void theSameSeedGivesTheSameKeysInEveryRunAndOnEveryMachine() {
    float[] v = new float[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) {
      v[d] = (float) Math.sin(d + 1);
    }
    assertArrayEquals(LSH.bandKeys(v), HyperplaneLsh.withDefaults(DIMENSION).bandKeys(v));
    // Pinned: a change to the hyperplanes or the key hashing would silently regroup stories.
    long[] keys = LSH.bandKeys(v);
    assertEquals(FIRST_KEY, keys[0]);
    assertEquals(LAST_KEY, keys[keys.length - 1]);
    long[] otherSeed = new HyperplaneLsh(DIMENSION, 178, 16, 42).bandKeys(v);
    assertTrue(sharedKeys(keys, otherSeed) < 10, "another seed draws other hyperplanes");
  }

  private static final long FIRST_KEY = 3880127889467689469L;
  private static final long LAST_KEY = -5390064554448026677L;

  @Test
  void theShareOfEqualBitsIsOneMinusTheAngleOverPi() {
    Random random = new Random(2024);
    HyperplaneLsh lsh = new HyperplaneLsh(DIMENSION, 100, 40, 3);
    int totalBits = 100 * 40;
    for (double cosine : new double[] {0.95, 0.8, 0.5, 0.0, -0.5}) {
      double equal = 0;
      int pairs = 20;
      for (int i = 0; i < pairs; i++) {
        float[][] pair = pairAt(cosine, random);
        long[] a = lsh.bandBits(pair[0]);
        long[] b = lsh.bandBits(pair[1]);
        for (int band = 0; band < a.length; band++) {
          equal += 40 - Long.bitCount(a[band] ^ b[band]);
        }
      }
      double share = equal / (pairs * totalBits);
      // 80,000 bits: the standard error is under 0.002; allow 0.02.
      assertEquals(HyperplaneLsh.bitAgreement(cosine), share, 0.02, "cosine " + cosine);
    }
  }

  @Test
  void candidateRatesMatchTheFormula() {
    Random random = new Random(99);
    int pairs = 300;
    int close = 0;
    int far = 0;
    for (int i = 0; i < pairs; i++) {
      float[][] atEight = pairAt(0.80, random);
      if (sharedKeys(LSH.bandKeys(atEight[0]), LSH.bandKeys(atEight[1])) > 0) {
        close++;
      }
      float[][] atTwo = pairAt(0.20, random);
      if (sharedKeys(LSH.bandKeys(atTwo[0]), LSH.bandKeys(atTwo[1])) > 0) {
        far++;
      }
    }
    // Expected 0.990 and 0.019 of 300.
    assertTrue(close >= 285, close + " of " + pairs + " at cosine 0.80");
    assertTrue(far <= 20, far + " of " + pairs + " at cosine 0.20");
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new HyperplaneLsh(0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new HyperplaneLsh(4, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> new HyperplaneLsh(4, 1, 65, 1));
    assertThrows(IllegalArgumentException.class, () -> LSH.bandKeys(new float[3]));
  }

  private static int sharedKeys(long[] a, long[] b) {
    int shared = 0;
    for (int band = 0; band < a.length; band++) {
      if (a[band] == b[band]) {
        shared++;
      }
    }
    return shared;
  }

  private static float[] randomUnit(Random random) {
    double[] v = new double[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) {
      v[d] = random.nextGaussian();
    }
    return toUnitFloats(v);
  }

  /** Two random unit vectors with exactly this cosine. */
  private static float[][] pairAt(double cosine, Random random) {
    double[] u = new double[DIMENSION];
    double[] w = new double[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) {
      u[d] = random.nextGaussian();
      w[d] = random.nextGaussian();
    }
    normalise(u);
    double along = dot(u, w);
    for (int d = 0; d < DIMENSION; d++) {
      w[d] -= along * u[d];
    }
    normalise(w);
    double sine = Math.sqrt(1 - cosine * cosine);
    double[] v = new double[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) {
      v[d] = cosine * u[d] + sine * w[d];
    }
    return new float[][] {toUnitFloats(u), toUnitFloats(v)};
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int d = 0; d < a.length; d++) {
      sum += a[d] * b[d];
    }
    return sum;
  }

  private static void normalise(double[] v) {
    double norm = Math.sqrt(dot(v, v));
    for (int d = 0; d < v.length; d++) {
      v[d] /= norm;
    }
  }

  private static float[] toUnitFloats(double[] v) {
    double norm = Math.sqrt(dot(v, v));
    float[] f = new float[v.length];
    for (int d = 0; d < v.length; d++) {
      f[d] = (float) (v[d] / norm);
    }
    return f;
  }
}
