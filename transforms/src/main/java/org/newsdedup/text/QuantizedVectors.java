package org.newsdedup.text;

/**
 * Embeddings kept in one signed byte per dimension: each vector is scaled so its largest
 * component is ±127 and rounded. Cosine does not depend on a vector's length, so the scale is
 * not kept; a 384-dimension embedding takes 384 bytes instead of 1,536 and its cosine to another
 * moves by less than 0.01 (see {@code QuantizedVectorsTest}).
 */
public final class QuantizedVectors {
  private static final int LEVELS = 127;

  private QuantizedVectors() {}

  public static byte[] quantize(float[] vector) {
    float largest = 0;
    for (float value : vector) {
      largest = Math.max(largest, Math.abs(value));
    }
    byte[] quantized = new byte[vector.length];
    if (largest == 0) {
      return quantized;
    }
    for (int i = 0; i < vector.length; i++) {
      quantized[i] = (byte) Math.round(vector[i] / largest * LEVELS);
    }
    return quantized;
  }

  /** The quantized vector as floats, proportional to the original. */
  public static float[] restore(byte[] quantized) {
    float[] vector = new float[quantized.length];
    for (int i = 0; i < quantized.length; i++) {
      vector[i] = quantized[i];
    }
    return vector;
  }

  /** The cosine of two quantized vectors. */
  public static double cosine(byte[] a, byte[] b) {
    return Cosine.of(restore(a), restore(b));
  }
}
