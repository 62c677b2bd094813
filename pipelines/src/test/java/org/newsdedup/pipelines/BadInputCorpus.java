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
    String article = article(new Random(7), 0);
    for (int i = 0; i < copies; i++) {
      Files.writeString(folder.resolve(String.format("copy-%05d.txt", i)), article);
    }
  }

  /**
   * {@code pages} different articles in one site's page template: a menu, a list of the most
   * read headlines, two paragraphs about the newspaper (prose, longer than many of the
   * articles: the cleaner keeps them) and a copyright line around each article.
   */
  static void writeTemplatePages(Path folder, int pages) throws IOException {
    Files.createDirectories(folder);
    Random random = new Random(11);
    for (int i = 0; i < pages; i++) {
      String page =
          "Home | News | Sport | Business | Culture | Weather\nSubscribe to our newsletter\n\n"
              + article(random, i)
              + "\nMost read\nFerry timetable cut to four crossings\nLibrary reopens after a year\n"
              + "Bridge to become a footpath\n\nAbout the Varholm Gazette\n"
              + "The Varholm Gazette has reported the news of the islands since 1921, when two"
              + " teachers and a fisherman printed the first edition on a borrowed press in the back"
              + " room of the harbour office. It is owned by a trust of its readers, which appoints"
              + " the editor and keeps the paper independent of any party or company.\n"
              + "Our forty journalists work in four offices across the region and write about"
              + " politics, business, culture and sport for the print edition and for this website,"
              + " which is read by more than a hundred thousand people every week. Letters and tips"
              + " from readers are welcome at any of our offices.\n"
              + "© 2024 Varholm Gazette. All rights reserved.\n";
      Files.writeString(folder.resolve(String.format("page-%05d.txt", i)), page);
    }
  }

  private static final String[] SUBJECTS = {
    "The council", "A spokesman for the port", "The mayor", "Local farmers", "The school board",
    "Two fishermen", "The regional court", "A group of residents", "The ferry company",
    "Engineers from the university", "The harbour master", "Volunteers", "The police",
    "The museum director", "Shop owners in the old town", "The health authority"
  };
  private static final String[] VERBS = {
    "said on Monday that", "announced that", "warned on Tuesday that", "confirmed that",
    "told reporters that", "argued at the meeting that", "wrote in a letter that",
    "explained on Friday that", "admitted that", "promised that"
  };
  private static final String[] CLAIMS = {
    "the new road would open in {n} weeks", "the price of fish had risen by {n} percent",
    "{n} families had asked for help with heating", "the bridge needed repairs costing {n} thousand euros",
    "the festival would bring about {n} visitors to the island", "the storm had damaged {n} boats",
    "the school would hire {n} more teachers in the autumn", "the museum had found {n} old coins",
    "the river had risen {n} centimetres in one night", "the bus service would stop at {n} villages",
    "{n} trees would be planted along the harbour", "the court had heard {n} witnesses so far"
  };

  /** An article of six to nine made-up sentences, different for every index. */
  private static String article(Random random, int index) {
    StringBuilder text = new StringBuilder("Island news, number " + (index + 1) + "\n\n");
    int sentences = 6 + random.nextInt(4);
    for (int s = 0; s < sentences; s++) {
      String claim = CLAIMS[random.nextInt(CLAIMS.length)].replace("{n}", Integer.toString(2 + random.nextInt(900)));
      text.append(SUBJECTS[random.nextInt(SUBJECTS.length)]).append(' ')
          .append(VERBS[random.nextInt(VERBS.length)]).append(' ').append(claim).append(". ");
      if (s % 3 == 2) {
        text.append('\n');
      }
    }
    return text.append('\n').toString();
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
