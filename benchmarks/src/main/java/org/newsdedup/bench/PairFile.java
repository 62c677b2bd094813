package org.newsdedup.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Pairs of article indexes, each {@code (i << 32) | j} with {@code i < j}, in a binary file. */
final class PairFile {
  private PairFile() {}

  static void write(long[] pairs, Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(pairs.length);
      for (long pair : pairs) {
        out.writeLong(pair);
      }
    }
  }

  static long[] read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      long[] pairs = new long[in.readInt()];
      for (int i = 0; i < pairs.length; i++) {
        pairs[i] = in.readLong();
      }
      return pairs;
    }
  }

  static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }
}
