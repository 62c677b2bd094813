package org.newsdedup.transforms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsdedup.model.Article;
import org.newsdedup.text.ArticleCleaner;

/**
 * Real news for story-tier tests: the five seed articles as the cleaner leaves them (dated as
 * their pages are: 000 on 2024-01-29, 001 on 2024-01-30, the others undated), and the unrelated
 * reports of {@code testdata/unrelated}.
 */
final class StoryArticles {
  static final Path SEEDS = Path.of("../testdata/seeds");
  static final Path UNRELATED = Path.of("../testdata/unrelated");
  static final String SCRAPE = "000_f4547b695e6a452f.txt";
  static final String REUTERS = "001_fb85a5c55c639259.txt";
  static final String STOCK_DORK = "002_1471c191bc5d37c4.txt";
  static final String REWRITE = "003_e21bc084e4004bdf.txt";
  static final String AGENCY = "004_98d0749b56e2a244.txt";
  static final List<String> SEED_NAMES = List.of(SCRAPE, REUTERS, STOCK_DORK, REWRITE, AGENCY);
  private static final Map<String, String> SEED_DATES =
      Map.of(SCRAPE, "2024-01-29", REUTERS, "2024-01-30T13:49");

  private StoryArticles() {}

  /** The five seeds, cleaned; ids are their file names. */
  static List<Article> seeds() {
    List<Article> articles = new ArrayList<>();
    for (String name : SEED_NAMES) {
      String text = ArticleCleaner.clean(read(SEEDS.resolve(name))).text();
      articles.add(TestArticles.article(name, text, SEED_DATES.get(name)));
    }
    return articles;
  }

  /** The seed's cleaned text. */
  static String seedText(String name) {
    return ArticleCleaner.clean(read(SEEDS.resolve(name))).text();
  }

  /** The unrelated reports, all dated {@code date}; ids are their file names. */
  static List<Article> unrelated(String date) {
    List<Article> articles = new ArrayList<>();
    try (Stream<Path> files = Files.list(UNRELATED)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        articles.add(
            TestArticles.article(file.getFileName().toString(), read(file).strip(), date));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return articles;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
