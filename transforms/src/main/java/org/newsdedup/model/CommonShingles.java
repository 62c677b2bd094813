package org.newsdedup.model;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The shingles that many different texts of a run hold, each with the number of distinct texts
 * (exact copies counted once) that hold it. Only shingles held by at least {@code floor} texts
 * are listed, which bounds the table: each entry stands for at least that many shingle
 * occurrences. Hashes are sorted and distinct; the coder packs them as deltas.
 */
@DefaultCoder(CommonShingles.CommonShinglesCoder.class)
public final class CommonShingles {
  /** No shingle is common: every shingle weighs the same. */
  public static final CommonShingles NONE =
      new CommonShingles(Integer.MAX_VALUE, new long[0], new int[0]);

  private final int floor;
  private final long[] hashes;
  private final int[] textCounts;

  /**
   * @param floor the least number of texts a listed shingle is held by, at least 2
   * @param hashes sorted, distinct shingle hashes
   * @param textCounts for each hash, the number of distinct texts that hold it
   */
  public CommonShingles(int floor, long[] hashes, int[] textCounts) {
    if (floor < 2) {
      throw new IllegalArgumentException("floor must be at least 2, got " + floor);
    }
    if (hashes.length != textCounts.length) {
      throw new IllegalArgumentException(
          hashes.length + " hashes but " + textCounts.length + " text counts");
    }
    for (int i = 1; i < hashes.length; i++) {
      if (hashes[i - 1] >= hashes[i]) {
        throw new IllegalArgumentException("hashes must be sorted and distinct");
      }
    }
    for (int count : textCounts) {
      if (count < floor) {
        throw new IllegalArgumentException("a count of " + count + " is below the floor " + floor);
      }
    }
    this.floor = floor;
    this.hashes = hashes.clone();
    this.textCounts = textCounts.clone();
  }

  /** The shingles of {@code textCounts} (shingle hash to distinct texts) held by at least {@code floor} texts. */
  public static CommonShingles ofCounts(int floor, Map<Long, Integer> textCounts) {
    long[] hashes =
        textCounts.entrySet().stream()
            .filter(entry -> entry.getValue() >= floor)
            .mapToLong(Map.Entry::getKey)
            .sorted()
            .toArray();
    int[] counts = Arrays.stream(hashes).mapToInt(textCounts::get).toArray();
    return new CommonShingles(floor, hashes, counts);
  }

  /** Shingles held by fewer texts than this are not listed. */
  public int floor() {
    return floor;
  }

  public int size() {
    return hashes.length;
  }

  /** The sorted hashes (a copy). */
  public long[] hashes() {
    return hashes.clone();
  }

  /** The text counts, in the order of {@link #hashes()} (a copy). */
  public int[] textCounts() {
    return textCounts.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CommonShingles other
        && floor == other.floor
        && Arrays.equals(hashes, other.hashes)
        && Arrays.equals(textCounts, other.textCounts);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * floor + Arrays.hashCode(hashes)) + Arrays.hashCode(textCounts);
  }

  @Override
  public String toString() {
    return "CommonShingles{" + hashes.length + " shingles in " + floor + "+ texts}";
  }

  /**
   * Deterministic: the floor, the number of shingles, the hashes as one block of packed deltas,
   * then the counts.
   */
  public static final class CommonShinglesCoder extends CustomCoder<CommonShingles> {
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final int MAX_VARLONG_BYTES = 10;

    public static CommonShinglesCoder of() {
      return new CommonShinglesCoder();
    }

    /** How {@link DefaultCoder} finds this coder for {@link CommonShingles}. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(CommonShingles.class), of());
    }

    @Override
    public void encode(CommonShingles value, OutputStream out) throws IOException {
      INT.encode(value.floor, out);
      INT.encode(value.hashes.length, out);
      byte[] packed = packDeltas(value.hashes);
      INT.encode(packed.length, out);
      out.write(packed);
      for (int count : value.textCounts) {
        INT.encode(count, out);
      }
    }

    @Override
    public CommonShingles decode(InputStream in) throws IOException {
      int floor = INT.decode(in);
      long[] hashes = new long[INT.decode(in)];
      byte[] packed = new byte[INT.decode(in)];
      if (in.readNBytes(packed, 0, packed.length) != packed.length) {
        throw new EOFException("common shingles end inside their hashes");
      }
      unpackDeltas(packed, hashes);
      int[] counts = new int[hashes.length];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = INT.decode(in);
      }
      return new CommonShingles(floor, hashes, counts);
    }

    /**
     * Zig-zag deltas of the sorted hashes, seven bits a byte, high bit set on all but the last.
     * Deltas save bytes on large tables only (7 bytes a hash from about 100,000 hashes), and
     * the table is encoded once per worker, so their cost does not matter.
     */
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
            throw new IOException("malformed hash block in common shingles");
          }
          next = packed[position++];
          zigzag |= (long) (next & 0x7F) << shift;
          shift += 7;
        } while (next < 0);
        previous += (zigzag >>> 1) ^ -(zigzag & 1);
        into[i] = previous;
      }
      if (position != packed.length) {
        throw new IOException("common shingles hash block longer than its hashes");
      }
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof CommonShinglesCoder;
    }

    @Override
    public int hashCode() {
      return CommonShinglesCoder.class.hashCode();
    }
  }
}
