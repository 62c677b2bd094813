package org.newsdedup.text;

/**
 * Cosine similarity of embedding vectors, computed in double precision so that the same vectors
 * give the same score on every machine. A zero vector is similar to nothing (0.0).
 */
public final class Cosine {
  private Cosine() {}

  public static double of(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "vectors differ in dimension: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double normA = 0;
    double normB = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      normA += (double) a[i] * a[i];
      normB += (double) b[i] * b[i];
    }
    if (normA == 0 || normB == 0) {
      return 0.0;
    }
    double cosine = dot / (Math.sqrt(normA) * Math.sqrt(normB));
    return Math.max(-1.0, Math.min(1.0, cosine));
  }

  /** The vector scaled to length 1 (a new array); a zero vector stays zero. */
  public static float[] normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += (double) x * x;
    }
    float[] unit = new float[v.length];
    if (norm == 0) {
      return unit;
    }
    double scale = 1 / Math.sqrt(norm);
    for (int i = 0; i < v.length; i++) {
      unit[i] = (float) (v[i] * scale);
    }
    return unit;
  }
}
