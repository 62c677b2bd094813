package org.newsdedup.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What the grouping stages know of an article: its id, content hash, the facts that choose a
 * group's canonical article, and its shingle set as sorted 64-bit hashes. Texts are never
 * shuffled for grouping, only these. Its coder writes the sorted shingles as one block of
 * 8-byte values, so equal sets always encode alike.
 */
@DefaultCoder(Fingerprint.FingerprintCoder.class)
public final class Fingerprint {
  public final String id;
  public final String contentHash;
  public final @Nullable String publishedDate;
  public final int wordCount;
  private final long[] shingles;

  public Fingerprint(
      String id, String contentHash, @Nullable String publishedDate, int wordCount, long[] shingles) {
    this.id = Objects.requireNonNull(id);
    this.contentHash = Objects.requireNonNull(contentHash);
    this.publishedDate = publishedDate;
    this.wordCount = wordCount;
    this.shingles = shingles.clone();
  }

  /** The sorted, distinct shingle hashes (a copy). */
  public long[] shingles() {
    return shingles.clone();
  }

  /** The shingle set size, without copying. */
  public int shingleCount() {
    return shingles.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint other
        && id.equals(other.id)
        && contentHash.equals(other.contentHash)
        && Objects.equals(publishedDate, other.publishedDate)
        && wordCount == other.wordCount
        && Arrays.equals(shingles, other.shingles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, contentHash);
  }

  @Override
  public String toString() {
    return "Fingerprint{" + id + ", " + shingles.length + " shingles}";
  }

  /**
   * A deterministic coder: fields in order, then the shingles as one block of 8-byte values (its
   * length first), written and read in one call. Byte by byte, each value cost a call into the
   * runner's stream, once a fifth of the CPU samples of a Flink run; as zig-zag deltas in
   * variable-length bytes, the next form, the packing loops were a quarter, and saved nothing: a
   * text's 500 or so hashes lie about 2^55 apart, which takes 8 or 9 bytes a delta
   * (docs/performance.md). The block is {@link LongBlocks}'.
   */
  public static final class FingerprintCoder extends CustomCoder<Fingerprint> {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final NullableCoder<String> NULLABLE_STRING = NullableCoder.of(STRING);
    private static final VarIntCoder INT = VarIntCoder.of();

    public static FingerprintCoder of() {
      return new FingerprintCoder();
    }

    /** How {@link DefaultCoder} finds this coder for {@link Fingerprint}. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(Fingerprint.class), of());
    }

    @Override
    public void encode(Fingerprint value, OutputStream out) throws IOException {
      STRING.encode(value.id, out);
      STRING.encode(value.contentHash, out);
      NULLABLE_STRING.encode(value.publishedDate, out);
      INT.encode(value.wordCount, out);
      INT.encode(value.shingles.length, out);
      LongBlocks.write(value.shingles, out);
    }

    @Override
    public Fingerprint decode(InputStream in) throws IOException {
      String id = STRING.decode(in);
      String contentHash = STRING.decode(in);
      String publishedDate = NULLABLE_STRING.decode(in);
      int wordCount = INT.decode(in);
      long[] shingles = LongBlocks.read(in, INT.decode(in), "shingles of " + id);
      return new Fingerprint(id, contentHash, publishedDate, wordCount, shingles);
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof FingerprintCoder;
    }

    @Override
    public int hashCode() {
      return FingerprintCoder.class.hashCode();
    }
  }
}
