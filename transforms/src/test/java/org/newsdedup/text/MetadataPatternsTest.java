package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression of every class in {@code text/} (the metadata rules as well as the
 * cleaner's), found by reflection over the compiled package so that a new class or pattern cannot
 * be forgotten, run on lines built to make a backtracking matcher blow up: runs of the patterns'
 * own words (bylines, dates, datelines, agencies, names, quotes) without the ending they wait
 * for. Each pattern must answer each line within a bound far above what linear matching takes.
 */
class MetadataPatternsTest {
  /**
   * Linear patterns answer a 10,000-character line in milliseconds; the bound leaves room for a
   * machine shared with other builds, and a pattern quadratic in the line still exceeds it.
   */
  private static final long MAX_NANOS_PER_LINE = 5_000_000_000L;
  /** Stops the test, not the pattern, if a pattern never answers. */
  private static final Duration MAX_PER_PATTERN = Duration.ofSeconds(60);
  private static final int LENGTH = 10_000;

  private static List<String> adversarialLines() {
    List<String> lines = new ArrayList<>();
    for (String unit : List.of("By Jane Doe and ", "Jane Doe, ", "30 January 2024 ", "2024-01-30 ",
        "Jan. 30, ", "12:30 GMT ", "ISLAMABAD, ", "(Reuters) ", "AFP/", "Updated ", "Published: ",
        "Mc", "O'", "van der ", "\u201cYes,\u201d ", "\"a ", "said ", "Dr. ", "A. B. ", "—", "年1月",
        "Home › ", "Photo: ", "© ", "@", "x.", "1,", "Pakistan ", "de la ", "Al-")) {
      lines.add(unit.repeat(Math.max(1, LENGTH / unit.length())));
      lines.add(unit.repeat(Math.max(1, LENGTH / unit.length() / 2)) + "!\u0000");
    }
    lines.add(" ".repeat(LENGTH) + "x");
    lines.add("a".repeat(LENGTH) + "1");
    return lines;
  }

  private static List<Class<?>> textClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Path.of(MetadataExtractor.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path folder = root.resolve("org/newsdedup/text");
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class")) {
          classes.add(Class.forName("org.newsdedup.text." + name.substring(0, name.length() - 6)));
        }
      }
    }
    return classes;
  }

  private static List<Pattern> allPatterns() throws Exception {
    return DeclaredPatterns.of(textClasses());
  }

  @Test
  void reflectionFindsTheMetadataPatterns() throws Exception {
    List<Pattern> patterns = allPatterns();
    List<Pattern> cleanerOnes = DeclaredPatterns.of(List.of(BreadcrumbRule.class, PromptRule.class));
    assertTrue(patterns.containsAll(cleanerOnes));
    assertTrue(patterns.size() > cleanerOnes.size() + 50, "found " + patterns.size());
  }

  @Test
  void everyPatternAnswersEveryAdversarialLineQuickly() throws Exception {
    List<String> lines = adversarialLines();
    List<String> slow = new ArrayList<>();
    for (Pattern pattern : allPatterns()) {
      assertTimeoutPreemptively(
          MAX_PER_PATTERN,
          () -> {
            for (String line : lines) {
              long start = System.nanoTime();
              pattern.matcher(line).matches();
              pattern.matcher(line).find();
              long took = System.nanoTime() - start;
              if (took > MAX_NANOS_PER_LINE) {
                slow.add("/" + pattern + "/ took " + took / 1_000_000 + " ms on '"
                    + line.substring(0, 20) + "…'");
              }
            }
          },
          () -> "/" + pattern + "/ did not answer");
    }
    assertTrue(slow.isEmpty(), String.join("\n", slow));
  }
}
