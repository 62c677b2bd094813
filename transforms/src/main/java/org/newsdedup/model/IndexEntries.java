package org.newsdedup.model;

import java.nio.ByteBuffer;

/** The byte form of an index entry's signature, shared by its coder and the index files. */
public final class IndexEntries {
  private IndexEntries() {}

  /** The signature's 32-bit values, big-endian. */
  public static byte[] signatureBytes(int[] signature) {
    ByteBuffer buffer = ByteBuffer.allocate(signature.length * Integer.BYTES);
    buffer.asIntBuffer().put(signature);
    return buffer.array();
  }

  /**
   * The signature written by {@link #signatureBytes}.
   *
   * @throws IllegalArgumentException when the length is not a whole number of values
   */
  public static int[] signature(byte[] bytes) {
    if (bytes.length % Integer.BYTES != 0) {
      throw new IllegalArgumentException(
          "a signature takes 4 bytes per value, got " + bytes.length + " bytes");
    }
    int[] signature = new int[bytes.length / Integer.BYTES];
    ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
    return signature;
  }
}
