package org.newsdedup.pipelines;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.newsdedup.eval.TemplatePages;

/**
 * The bad-input corpus in a folder of its own: the committed files of {@code testdata/bad-input}
 * and the big ones, which are made here rather than committed (testdata/bad-input/README.md
 * describes each). The expected outcome of every file is given by name: {@code article} with its
 * charset, or {@code dead-letter} with {@code step/reason}.
 */
final class BadInputCorpus {
  static final Path COMMITTED = Path.of("..", "testdata", "bad-input");
  static final Path EXPECTED = Path.of("..", "testdata", "expected", "bad-input.tsv");

  /** One input's expected outcome: "article" and a charset, or "dead-letter" and step/reason. */
  record Outcome(String kind, String detail, String phrase) {}

  private static final String SENTENCE =
      "The harbour board met on Monday and agreed to rebuild the pier before the summer. ";

  private BadInputCorpus() {}

  /** Copies the committed files (not the README) into {@code folder}; returns their outcomes. */
  static Map<String, Outcome> copyCommitted(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(COMMITTED)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path relative = COMMITTED.relativize(file);
        if (!relative.toString().equals("README.md")) {
          Files.createDirectories(folder.resolve(relative).getParent());
          Files.copy(file, folder.resolve(relative));
        }
      }
    }
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] cells = line.split("\t", -1);
        outcomes.put(cells[0], new Outcome(cells[1], cells[2], cells[3]));
      }
    }
    return outcomes;
  }

  /**
   * Makes the big inputs under {@code folder/generated/}: a 50 MB line (too large for the default
   * --maxDocumentBytes), a million one-word lines (4 MB, read and cleaned: a menu, no article)
   * and a file nobody may read (mode 000; a process run by root reads it all the same).
   */
  static Map<String, Outcome> generateBig(Path folder) throws IOException {
    Path generated = Files.createDirectories(folder.resolve("generated"));
    Map<String, Outcome> outcomes = new LinkedHashMap<>();

    byte[] block = SENTENCE.repeat(1000).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(generated.resolve("one-line-50mb.txt"))) {
      for (long written = 0; written < 50_000_000L; written += block.length) {
        out.write(block);
      }
    }
    outcomes.put("generated/one-line-50mb.txt", new Outcome("dead-letter", "ReadArticles/too-large", "-"));

    String[] words = {"one", "two", "six", "ten"};
    try (BufferedWriter out = Files.newBufferedWriter(generated.resolve("million-one-word-lines.txt"))) {
      for (int i = 0; i < 1_000_000; i++) {
        out.write(words[i % words.length]);
        out.write('\n');
      }
    }
    outcomes.put(
        "generated/million-one-word-lines.txt",
        new Outcome("dead-letter", "CleanArticles/no-article-text", "-"));

    Path locked = generated.resolve("unreadable.txt");
    Files.writeString(locked, "Harbour board meets\n\n" + SENTENCE.repeat(3) + "\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    outcomes.put(
        "generated/unreadable.txt",
        Files.isReadable(locked)
            ? new Outcome("article", "UTF-8", "The harbour board met on Monday")
            : new Outcome("dead-letter", "ReadArticles/unreadable", "-"));
    return outcomes;
  }

  /** {@code copies} files holding one article, word for word. */
  static void writeCopies(Path folder, int copies) throws IOException {
    Files.createDirectories(folder);
    String article = TemplatePages.article(new Random(7), 0);
    for (int i = 0; i < copies; i++) {
      Files.writeString(folder.resolve(String.format("copy-%05d.txt", i)), article);
    }
  }

  /**
   * {@code pages} different articles in one site's page template ({@link TemplatePages}): a
   * menu, a list of the most read headlines, two paragraphs about the newspaper (prose, longer
   * than many of the articles: the cleaner keeps them) and a copyright line around each article.
   */
  static void writeTemplatePages(Path folder, int pages) throws IOException {
    Files.createDirectories(folder);
    Random random = new Random(11);
    for (int i = 0; i < pages; i++) {
      Files.writeString(
          folder.resolve(String.format("page-%05d.txt", i)), TemplatePages.page(random, i));
    }
  }

  /** The files of a folder, relative to it, with '/' between names. */
  static List<String> relativeFiles(Path folder) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile)
          .forEach(file -> names.add(folder.relativize(file).toString().replace('\\', '/')));
    }
    return names;
  }
}
