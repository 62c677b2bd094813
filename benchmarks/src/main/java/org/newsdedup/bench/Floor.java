package org.newsdedup.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdedup.text.Shingles;

/**
 * The floor: the least work any duplicate search must do, in one plain single-threaded loop:
 * read every file once, split it into words and hash every 5-word shingle (with the project's
 * {@link Shingles}, which lower-cases, hashes and sorts). Prints the seconds it took and a checksum
 * of the hashes, so the work cannot be optimised away.
 */
public final class Floor {
  private Floor() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    int count = Integer.parseInt(args[1]);
    long started = System.nanoTime();
    long checksum = 0;
    long bytes = 0;
    for (int index = 0; index < count; index++) {
      byte[] content = Files.readAllBytes(CorpusGenerator.file(corpus, index));
      bytes += content.length;
      for (long shingle : Shingles.of(new String(content, StandardCharsets.UTF_8), ShingleSets.SHINGLE_SIZE)) {
        checksum += shingle;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("{\"seconds\": %.3f, \"bytes\": %d, \"checksum\": %d}%n", seconds, bytes, checksum);
  }
}
