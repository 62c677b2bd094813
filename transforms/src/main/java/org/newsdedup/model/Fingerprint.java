package org.newsdedup.model;

import java.io.EOFException;
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
 * shuffled for grouping, only these. Its coder writes the shingles as deltas of the sorted
 * array, which keeps them small and the encoding deterministic.
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
   * A deterministic coder: fields in order, shingles as zig-zag deltas of the sorted array in
   * variable-length bytes, packed into one block (its length first). The block is written and read
   * in one call: byte by byte, the deltas cost a call into the runner's stream per byte, which
   * was a fifth of the CPU samples of a Flink run (docs/performance.md).
   */
  public static final class FingerprintCoder extends CustomCoder<Fingerprint> {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final NullableCoder<String> NULLABLE_STRING = NullableCoder.of(STRING);
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final int MAX_VARLONG_BYTES = 10;

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
      byte[] packed = packDeltas(value.shingles);
      INT.encode(packed.length, out);
      out.write(packed);
    }

    @Override
    public Fingerprint decode(InputStream in) throws IOException {
      String id = STRING.decode(in);
      String contentHash = STRING.decode(in);
      String publishedDate = NULLABLE_STRING.decode(in);
      int wordCount = INT.decode(in);
      long[] shingles = new long[INT.decode(in)];
      byte[] packed = new byte[INT.decode(in)];
      if (in.readNBytes(packed, 0, packed.length) != packed.length) {
        throw new EOFException("fingerprint of " + id + " ends inside its shingles");
      }
      unpackDeltas(packed, shingles);
      return new Fingerprint(id, contentHash, publishedDate, wordCount, shingles);
    }

    /** Zig-zag deltas of the sorted hashes, seven bits a byte, high bit set on all but the last. */
    static byte[] packDeltas(long[] sorted) {
      byte[] packed = new byte[sorted.length * MAX_VARLONG_BYTES];
      int length = 0;
      long previous = 0;
      for (long value : sorted) {
        long delta = value - previous;
        long zigzag = (delta << 1) ^ (delta >> 63);
        while ((zigzag & ~0x7FL) != 0) {
          packed[length++] = (byte) ((zigzag & 0x7F) | 0x80);
          zigzag >>>= 7;
        }
        packed[length++] = (byte) zigzag;
        previous = value;
      }
      return Arrays.copyOf(packed, length);
    }

    static void unpackDeltas(byte[] packed, long[] into) throws IOException {
      int position = 0;
      long previous = 0;
      for (int i = 0; i < into.length; i++) {
        long zigzag = 0;
        int shift = 0;
        byte next;
        do {
          if (position == packed.length || shift > 63) {
            throw new IOException("malformed shingle block in a fingerprint");
          }
          next = packed[position++];
          zigzag |= (long) (next & 0x7F) << shift;
          shift += 7;
        } while (next < 0);
        previous += (zigzag >>> 1) ^ -(zigzag & 1);
        into[i] = previous;
      }
      if (position != packed.length) {
        throw new IOException("fingerprint shingle block longer than its shingles");
      }
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
