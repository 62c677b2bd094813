package org.newsdedup.text;

/**
 * Random-hyperplane LSH for cosine similarity (Charikar, 2002). Each of {@code bands × rows}
 * hyperplanes through the origin gives one bit of a vector's signature: which side of the plane
 * the vector lies on. For two vectors at angle θ a random hyperplane separates them with
 * probability θ/π, so
 *
 * <pre>   P[bit equal] = p = 1 − θ/π,   θ = arccos(cosine)</pre>
 *
 * and a band of {@code rows} bits is equal with probability p^rows. Two vectors share at least
 * one of the {@code bands} band keys, and so become a candidate pair, with probability
 *
 * <pre>   P[candidate] = 1 − (1 − p^rows)^bands.</pre>
 *
 * <p>Defaults: {@value #DEFAULT_BANDS} bands × {@value #DEFAULT_ROWS} rows (2,848 hyperplanes),
 * the fewest bands of 16 rows for which a pair at cosine 0.80 (p = 0.7952) is a candidate with
 * probability ≥ 0.99. Then P[candidate] is 1.0000 at cosine 0.90, 0.9900 at 0.80, 0.935 at
 * 0.75, 0.48 at 0.60, 0.17 at 0.46, 0.045 at 0.30, 0.019 at 0.20 and 0.0027 at 0.0. Unrelated
 * news embeds at cosine −0.1 to 0.4 with all-MiniLM-L6-v2, so few unrelated pairs cost a
 * comparison, while 16 bits per band keep the number of keys per article (178) moderate.
 *
 * <p>The hyperplanes have Gaussian coordinates drawn from a SplitMix64 stream with a fixed
 * seed and Box–Muller with {@link StrictMath}, and dot products are summed in double in a fixed
 * order: the same vector gets the same keys in every run and on every machine.
 */
public final class HyperplaneLsh {
  public static final int DEFAULT_BANDS = 178;
  public static final int DEFAULT_ROWS = 16;
  /** The fixed seed of the default hyperplanes ("story" in ASCII). */
  public static final long DEFAULT_SEED = 0x73746f7279L;

  private final int dimension;
  private final int bands;
  private final int rows;
  /** One hyperplane normal per row, {@code dimension} coordinates each, band-major. */
  private final double[] normals;

  public HyperplaneLsh(int dimension, int bands, int rows, long seed) {
    if (dimension < 1 || bands < 1 || rows < 1 || rows > 64) {
      throw new IllegalArgumentException(
          "dimension and bands must be positive and rows in 1..64, got "
              + dimension + ", " + bands + ", " + rows);
    }
    this.dimension = dimension;
    this.bands = bands;
    this.rows = rows;
    this.normals = gaussians(seed, (long) bands * rows * dimension);
  }

  /** The default hyperplanes for {@code dimension}-dimension vectors. */
  public static HyperplaneLsh withDefaults(int dimension) {
    return new HyperplaneLsh(dimension, DEFAULT_BANDS, DEFAULT_ROWS, DEFAULT_SEED);
  }

  public int bands() {
    return bands;
  }

  public int rows() {
    return rows;
  }

  /** The signature bits of each band: bit r of entry b is the side of hyperplane (b, r). */
  public long[] bandBits(float[] vector) {
    if (vector.length != dimension) {
      throw new IllegalArgumentException(
          "expected a vector of " + dimension + " dimensions, got " + vector.length);
    }
    long[] bits = new long[bands];
    int offset = 0;
    for (int band = 0; band < bands; band++) {
      long word = 0;
      for (int row = 0; row < rows; row++) {
        double dot = 0;
        for (int d = 0; d < dimension; d++) {
          dot += normals[offset + d] * vector[d];
        }
        offset += dimension;
        if (dot >= 0) {
          word |= 1L << row;
        }
      }
      bits[band] = word;
    }
    return bits;
  }

  /** One key per band; vectors that share a key are candidate pairs. */
  public long[] bandKeys(float[] vector) {
    long[] bits = bandBits(vector);
    long[] keys = new long[bands];
    for (int band = 0; band < bands; band++) {
      keys[band] = Hashing64.combine(Hashing64.mix(band + 1L), bits[band]);
    }
    return keys;
  }

  /** p = 1 − θ/π: the chance that one random hyperplane puts both vectors on the same side. */
  public static double bitAgreement(double cosine) {
    double clamped = Math.max(-1.0, Math.min(1.0, cosine));
    return 1 - Math.acos(clamped) / Math.PI;
  }

  /** 1 − (1 − p^rows)^bands: the chance that a pair at this cosine shares a band key. */
  public double candidateProbability(double cosine) {
    return 1 - Math.pow(1 - Math.pow(bitAgreement(cosine), rows), bands);
  }

  /** Standard normal values from SplitMix64 with Box–Muller, identical on every JVM. */
  private static double[] gaussians(long seed, long count) {
    if (count > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many hyperplanes: " + count + " coordinates");
    }
    double[] values = new double[(int) count];
    long state = seed;
    for (int i = 0; i < values.length; i += 2) {
      state += 0x9e3779b97f4a7c15L;
      double u1 = unitInterval(Hashing64.mix(state));
      state += 0x9e3779b97f4a7c15L;
      double u2 = unitInterval(Hashing64.mix(state));
      double radius = StrictMath.sqrt(-2 * StrictMath.log(u1));
      double angle = 2 * Math.PI * u2;
      values[i] = radius * StrictMath.cos(angle);
      if (i + 1 < values.length) {
        values[i + 1] = radius * StrictMath.sin(angle);
      }
    }
    return values;
  }

  /** A uniform double in (0, 1] from the top 53 bits, never 0 so that its log is finite. */
  private static double unitInterval(long bits) {
    return ((bits >>> 11) + 1) * 0x1.0p-53;
  }
}
