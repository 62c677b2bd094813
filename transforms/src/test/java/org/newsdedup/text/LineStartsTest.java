package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LineStartsTest {
  @Test
  void rejectsOnlyLinesThatCannotStartAMatch() {
    LineStarts starts = new LineStarts(Pattern.compile("(?:home|\\d+ min read)\\b.*", Pattern.CASE_INSENSITIVE));

    assertTrue(starts.mayMatch("Home / Politics"));
    assertTrue(starts.mayMatch("homeward bound"));
    assertTrue(starts.mayMatch("4 min read"));
    assertFalse(starts.mayMatch("The home secretary"));
    assertFalse(starts.mayMatch("(home)"));
    assertTrue(starts.mayMatch(""));
    assertTrue(starts.mayMatch("Ωmega"), "characters beyond Latin are left to the pattern");
  }

  /**
   * Every pattern of the cleaner, on every line of the evaluation pages, the seeds and the HTML
   * pages, and on two-character lines: whenever the pattern matches from a line's start,
   * LineStarts allowed that start.
   */
  @Test
  void neverRejectsALineTheCleanersPatternsMatchFromItsStart() throws Exception {
    List<String> lines = corpusLines();
    String[] seconds = {"", "a", "Z", " ", "1", ".", ":", "-", "\u0301", "é", "\uD835\uDC00"};
    for (char c = 0; c < '\u0250'; c++) {
      for (String second : seconds) {
        lines.add(c + second);
      }
    }
    for (Pattern pattern : cleanerPatterns()) {
      LineStarts starts = new LineStarts(pattern);
      for (String line : lines) {
        if (pattern.matcher(line).lookingAt()) {
          assertTrue(starts.mayMatch(line), "/" + pattern + "/ on '" + line + "'");
        }
      }
    }
  }

  private static List<String> corpusLines() throws IOException {
    List<String> lines = new ArrayList<>();
    for (String folder : List.of("../testdata/eval/pages", "../testdata/seeds", "../testdata/eval-html/pages")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.sorted().toList()) {
          lines.addAll(LineNormalizer.lines(Files.readString(file)));
        }
      }
    }
    return lines;
  }

  private static List<Pattern> cleanerPatterns() throws ReflectiveOperationException {
    List<Pattern> patterns =
        DeclaredPatterns.of(List.of(ChromePatternRule.class, PromptRule.class, BreadcrumbRule.class,
            PhotoCreditRule.class, IconAltTextRule.class, LinkListRule.class, AuthorBioRule.class));
    assertTrue(patterns.size() > 30, "found " + patterns.size());
    return patterns;
  }
}
