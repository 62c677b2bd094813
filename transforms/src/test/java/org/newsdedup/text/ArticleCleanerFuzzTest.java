package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any text, as plain text and as HTML, in any mode: the cleaner finishes and, on plain text,
 * accounts for every non-blank line (kept or removed with a reason).
 */
class ArticleCleanerFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void cleansAnyText(FuzzedDataProvider data) {
    CleaningMode mode = data.pickValue(CleaningMode.values());
    String text = data.consumeRemainingAsString();

    CleanedText cleaned = ArticleCleaner.clean(text, mode);
    ArticleCleaner.cleanHtml(text, mode);

    long nonBlank = LineNormalizer.lines(text).stream().filter(line -> !line.isEmpty()).count();
    assertEquals(nonBlank, cleaned.paragraphs().size() + cleaned.removedLines().size());
  }
}
