package org.newsdedup.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  static long[][] compute(Path corpus, int count) {
    long[][] sets = new long[count][];
    IntStream.range(0, count).parallel().forEach(index -> sets[index] = ofFile(CorpusGenerator.file(corpus, index)));
    return sets;
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
        out.writeInt(set.length);
        for (long shingle : set) {
          out.writeLong(shingle);
        }
      }
    }
  }

  static long[][] read(Path file) throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      long[][] sets = new long[in.readInt()][];
      for (int i = 0; i < sets.length; i++) {
        sets[i] = new long[in.readInt()];
        for (int j = 0; j < sets[i].length; j++) {
          sets[i][j] = in.readLong();
        }
      }
      return sets;
    }
  }
}
