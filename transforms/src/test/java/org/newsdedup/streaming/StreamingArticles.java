package org.newsdedup.streaming;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.values.TimestampedValue;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.newsdedup.model.Article;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.ContentHash;
import org.newsdedup.text.Words;

/** Articles for the streaming transforms' tests, and their arrival times. */
final class StreamingArticles {
  static final Instant START = Instant.parse("2024-01-29T08:00:00Z");
  static final String AGENCY = "004_98d0749b56e2a244.txt";
  static final String REWRITE_OF_AGENCY = "002_1471c191bc5d37c4.txt";

  private StreamingArticles() {}

  /**
   * Words {@code from} to {@code to} (exclusive) of an endless list of distinct words: two
   * ranges share exactly the words (and so the shingles) of their overlap.
   */
  static String distinctWords(int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      StringBuilder word = new StringBuilder();
      int n = i;
      do {
        word.append((char) ('a' + n % 26));
        n /= 26;
      } while (n > 0);
      words.add(word.append("q").toString());
    }
    return String.join(" ", words) + ".";
  }

  static Article article(String id, String text) {
    return Article.builder()
        .id(id)
        .source(id)
        .charset("UTF-8")
        .text(text)
        .wordCount(Words.count(text))
        .contentHash(ContentHash.of(text))
        .build();
  }

  /** A seed of {@code testdata/seeds} as the cleaner leaves it, undated, named by its file. */
  static Article seed(String name) {
    return article(name, ArticleCleaner.clean(read(Path.of("../testdata/seeds", name))).text());
  }

  /** A report of {@code testdata/unrelated}, undated, named by its file. */
  static Article unrelated(String name) {
    return article(name, read(Path.of("../testdata/unrelated", name)).strip());
  }

  /** A test stream of articles, encoded with their schema as the pipeline would. */
  static TestStream.Builder<Article> stream(TestPipeline pipeline) throws NoSuchSchemaException {
    return TestStream.create(pipeline.getSchemaRegistry().getSchemaCoder(Article.class));
  }

  static <T> TimestampedValue<T> atMinute(long minute, T value) {
    return TimestampedValue.of(value, START.plus(Duration.standardMinutes(minute)));
  }

  static Instant minute(long minute) {
    return START.plus(Duration.standardMinutes(minute));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
