package org.newsdedup.model;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A batch of shingles, each with the number of texts that hold it among the texts one worker
 * counted: what a worker sends to one shard, so that a shuffle moves one record per batch rather
 * than one per shingle. Hashes are distinct within a batch and in no particular order.
 */
@DefaultCoder(ShingleCounts.ShingleCountsCoder.class)
public final class ShingleCounts {
  private final long[] hashes;
  private final int[] counts;

  /**
   * @param hashes distinct shingle hashes
   * @param counts for each hash, a positive number of texts
   */
  public ShingleCounts(long[] hashes, int[] counts) {
    if (hashes.length != counts.length) {
      throw new IllegalArgumentException(
          hashes.length + " hashes but " + counts.length + " counts");
    }
    for (int count : counts) {
      if (count < 1) {
        throw new IllegalArgumentException("counts must be positive, got " + count);
      }
    }
    this.hashes = hashes.clone();
    this.counts = counts.clone();
  }

  public int size() {
    return hashes.length;
  }

  public long hash(int i) {
    return hashes[i];
  }

  public int count(int i) {
    return counts[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ShingleCounts other
        && Arrays.equals(hashes, other.hashes)
        && Arrays.equals(counts, other.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(hashes) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "ShingleCounts{" + hashes.length + " shingles}";
  }

  /**
   * The number of entries, the hashes as one {@link LongBlocks block}, then the counts as one
   * block of variable-length integers (its length first); each block is written and read in one
   * call, as {@link Fingerprint}'s shingles are. The hashes are not delta-packed: a batch holds one
   * shard's share of a worker's shingles, too sparse for deltas to save more than a byte in eight.
   */
  public static final class ShingleCountsCoder extends CustomCoder<ShingleCounts> {
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final int MAX_VARINT_BYTES = 5;

    public static ShingleCountsCoder of() {
      return new ShingleCountsCoder();
    }

    /** How {@link DefaultCoder} finds this coder for {@link ShingleCounts}. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(ShingleCounts.class), of());
    }

    @Override
    public void encode(ShingleCounts value, OutputStream out) throws IOException {
      INT.encode(value.hashes.length, out);
      LongBlocks.write(value.hashes, out);
      ByteBuffer counts = ByteBuffer.allocate(value.counts.length * MAX_VARINT_BYTES);
      for (int count : value.counts) {
        while ((count & ~0x7F) != 0) {
          counts.put((byte) ((count & 0x7F) | 0x80));
          count >>>= 7;
        }
        counts.put((byte) count);
      }
      INT.encode(counts.position(), out);
      out.write(counts.array(), 0, counts.position());
    }

    @Override
    public ShingleCounts decode(InputStream in) throws IOException {
      long[] hashes = LongBlocks.read(in, INT.decode(in), "shingle counts' hashes");
      byte[] bytes = new byte[INT.decode(in)];
      if (in.readNBytes(bytes, 0, bytes.length) != bytes.length) {
        throw new EOFException("shingle counts end inside their counts");
      }
      ByteBuffer block = ByteBuffer.wrap(bytes);
      int[] counts = new int[hashes.length];
      for (int i = 0; i < counts.length; i++) {
        int count = 0;
        int shift = 0;
        byte next;
        do {
          if (!block.hasRemaining() || shift > 28) {
            throw new IOException("malformed count in a shingle counts block");
          }
          next = block.get();
          count |= (next & 0x7F) << shift;
          shift += 7;
        } while (next < 0);
        counts[i] = count;
      }
      if (block.hasRemaining()) {
        throw new IOException("shingle counts block longer than its entries");
      }
      return new ShingleCounts(hashes, counts);
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof ShingleCountsCoder;
    }

    @Override
    public int hashCode() {
      return ShingleCountsCoder.class.hashCode();
    }
  }
}
