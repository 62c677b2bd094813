package org.newsdedup.model;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Arrays of longs written and read as one block of 8-byte little-endian values, in one call to
 * the stream: the coders of the values that carry many hashes use it, since a call per value into
 * a runner's stream dominated their cost. Little-endian is the byte order of the usual processors,
 * where the block is copied rather than swapped value by value. The length is the caller's to
 * write.
 */
final class LongBlocks {
  /** The most values whose block still fits one byte array. */
  static final int MAX_VALUES = Integer.MAX_VALUE / Long.BYTES;

  private LongBlocks() {}

  static void write(long[] values, OutputStream out) throws IOException {
    ByteBuffer block = ByteBuffer.allocate(values.length * Long.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    block.asLongBuffer().put(values);
    out.write(block.array());
  }

  /** Reads {@code count} values; {@code what} names them in the exception of a bad stream. */
  static long[] read(InputStream in, int count, String what) throws IOException {
    if (count < 0 || count > MAX_VALUES) {
      throw new IOException(what + " claim " + count + " values");
    }
    byte[] bytes = new byte[count * Long.BYTES];
    if (in.readNBytes(bytes, 0, bytes.length) != bytes.length) {
      throw new EOFException(what + " end inside their block");
    }
    long[] values = new long[count];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asLongBuffer().get(values);
    return values;
  }
}
