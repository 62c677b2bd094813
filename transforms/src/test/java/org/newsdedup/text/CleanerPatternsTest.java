package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every regular expression of the cleaner, found by reflection so that a new one cannot be
 * forgotten, run on lines built to make a backtracking matcher blow up: long runs of one
 * character, of near-misses of the patterns' words, of nested brackets. Each pattern must
 * answer on each line within a bound per line far above what linear matching takes.
 */
class CleanerPatternsTest {
  private static final List<Class<?>> CLEANING_CLASSES =
      List.of(IconAltTextRule.class, BreadcrumbRule.class, ShareBarRule.class, PromptRule.class,
          CookieNoticeRule.class, LinkBarRule.class, RepeatedLineRule.class, PhotoCreditRule.class,
          CaptionAltTextRule.class, LinkListRule.class, AuthorBioRule.class, ChromePatternRule.class,
          HeaderRule.class, ContextRule.class, HtmlPage.class);
  private static final long MAX_NANOS_PER_LINE = 1_000_000_000L;
  private static final int LENGTH = 10_000;

  private static List<String> adversarialLines() {
    return List.of(
        "a".repeat(LENGTH),
        " ".repeat(LENGTH) + "!",
        "(".repeat(LENGTH),
        "(via ".repeat(LENGTH / 5),
        "Home ".repeat(LENGTH / 5) + "1",
        "© ".repeat(LENGTH / 2),
        "read more: ".repeat(LENGTH / 11),
        "Reporting by ".repeat(LENGTH / 13),
        "Aa-".repeat(LENGTH / 3) + " is a",
        "x@x.".repeat(LENGTH / 4),
        "1 ".repeat(LENGTH / 2) + "x",
        "icon ".repeat(LENGTH / 5),
        "Photo: ".repeat(LENGTH / 7) + "x",
        "- ".repeat(LENGTH / 2),
        "A. ".repeat(LENGTH / 3) + "Photograph by");
  }

  @Test
  void reflectionFindsThePatternsOfEveryKindOfHolder() throws ReflectiveOperationException {
    List<Pattern> patterns = DeclaredPatterns.of(CLEANING_CLASSES);
    // Static fields (BreadcrumbRule), lists of records (PromptRule, ChromePatternRule).
    assertTrue(patterns.size() > 30, "found " + patterns.size());
  }

  @Test
  void everyPatternAnswersEveryAdversarialLineQuickly() throws ReflectiveOperationException {
    List<String> slow = new ArrayList<>();
    for (Pattern pattern : DeclaredPatterns.of(CLEANING_CLASSES)) {
      for (String line : adversarialLines()) {
        long start = System.nanoTime();
        pattern.matcher(line).matches();
        pattern.matcher(line).find();
        long took = System.nanoTime() - start;
        if (took > MAX_NANOS_PER_LINE) {
          slow.add("/" + pattern + "/ took " + took / 1_000_000 + " ms on '"
              + line.substring(0, 20) + "…'");
        }
      }
    }
    assertTrue(slow.isEmpty(), String.join("\n", slow));
  }
}
