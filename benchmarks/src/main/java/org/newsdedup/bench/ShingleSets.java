package org.newsdedup.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CleaningMode;
import org.newsdedup.text.DecodedText;
import org.newsdedup.text.InputFormat;
import org.newsdedup.text.Shingles;
import org.newsdedup.text.TextDecoder;

/**
 * The word 5-gram shingle sets of every article of a corpus, as the pipeline's duplicate tier
 * sees them (decoded, cleaned, shingled by the project's own classes), so that the baselines
 * compare exactly the sets the pipeline compares. Kept in a binary file: an article count, then
 * per article its set size and its sorted hashes. An article with no text has an empty set.
 */
final class ShingleSets {
  static final int SHINGLE_SIZE = 5;

  private ShingleSets() {}

  /** Articles shingled at a time: a million articles' sets would take about 4 GB at once. */
  private static final int CHUNK = 10_000;

  /**
   * Shingles every article, a chunk at a time in parallel, and writes the sets to {@code file};
   * returns the number of shingles written, summed over articles.
   */
  static long computeTo(Path corpus, int count, Path file) throws IOException {
    long shingles = 0;
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(count);
      for (int start = 0; start < count; start += CHUNK) {
        long[][] chunk = new long[Math.min(CHUNK, count - start)][];
        int first = start;
        IntStream.range(0, chunk.length)
            .parallel()
            .forEach(i -> chunk[i] = ofFile(CorpusGenerator.file(corpus, first + i)));
        for (long[] set : chunk) {
          writeSet(set, out);
          shingles += set.length;
        }
      }
    }
    return shingles;
  }

  private static long[] ofFile(Path file) {
    try {
      DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file));
      if (decoded.isRejected()) {
        return new long[0];
      }
      String text =
          ArticleCleaner.clean(file.toString(), decoded.text(), InputFormat.AUTO, CleaningMode.BALANCED)
              .text();
      return Shingles.of(text, SHINGLE_SIZE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void write(long[][] sets, Path file) throws IOException {
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      out.writeInt(sets.length);
      for (long[] set : sets) {
        writeSet(set, out);
      }
    }
  }

  private static void writeSet(long[] set, DataOutputStream out) throws IOException {
    out.writeInt(set.length);
    for (long shingle : set) {
      out.writeLong(shingle);
    }
  }

  /** What {@link #forEach} hands each article's set to. */
  interface SetConsumer {
    void accept(int index, long[] set);
  }

  /** Reads the sets one at a time, for passes over corpora whose sets do not fit in memory. */
  static void forEach(Path file, SetConsumer consumer) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      int count = in.readInt();
      for (int i = 0; i < count; i++) {
        consumer.accept(i, readSet(in));
      }
    }
  }

  static long[][] read(Path file) throws IOException {
    List<long[]> all = new ArrayList<>();
    forEach(file, (index, set) -> all.add(set));
    return all.toArray(long[][]::new);
  }

  private static long[] readSet(DataInputStream in) throws IOException {
    long[] set = new long[in.readInt()];
    for (int j = 0; j < set.length; j++) {
      set[j] = in.readLong();
    }
    return set;
  }
}
