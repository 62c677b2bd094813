package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Input no page should hold but a scraper can produce: the cleaner must finish quickly on it, in
 * every mode and as text or HTML, and account for every line it was given. The limit is far
 * above the time these take (seconds of CPU for the million lines, the slowest), because
 * the machines that run the tests are shared; a quadratic blow-up on any of these inputs would
 * take hours, so it still trips.
 */
class HostileInputTest {
  private static final Duration LIMIT = Duration.ofSeconds(60);
  private static final String SENTENCE = "The council met on Monday and agreed the plan. ";

  private static CleanedText cleanWithinLimit(String text, CleaningMode mode) {
    return assertTimeoutPreemptively(LIMIT, () -> ArticleCleaner.clean(text, mode));
  }

  private static void assertEveryLineAccountedFor(String text, CleanedText cleaned) {
    long nonBlank = LineNormalizer.lines(text).stream().filter(line -> !line.isEmpty()).count();
    assertEquals(nonBlank, cleaned.paragraphs().size() + cleaned.removedLines().size());
  }

  @Test
  void fiveMegabytesWithNoNewline() {
    String text = SENTENCE.repeat(5_000_000 / SENTENCE.length());
    CleanedText cleaned = cleanWithinLimit(text, CleaningMode.BALANCED);
    assertEquals(1, cleaned.paragraphs().size());
  }

  @Test
  void aMillionCharacterLineAmongParagraphs() {
    String text = SENTENCE.repeat(3) + "\n" + "x".repeat(1_000_000) + "\n" + SENTENCE.repeat(3);
    CleanedText cleaned = cleanWithinLimit(text, CleaningMode.BALANCED);
    assertEveryLineAccountedFor(text, cleaned);
  }

  @Test
  void aMillionOneWordLines() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 1_000_000; i++) {
      text.append(i % 2 == 0 ? "Home\n" : "item" + i + "\n");
    }
    CleanedText cleaned = cleanWithinLimit(text.toString(), CleaningMode.BALANCED);
    assertEquals(0, cleaned.paragraphs().size());
    assertEquals(1_000_000, cleaned.removedLines().size());
  }

  @Test
  void rightToLeftAndCjkTextAtLength() {
    String arabic = "اتفقت باكستان وإيران يوم الاثنين على توسيع التعاون الأمني بعد أسبوع من الضربات. ";
    String chinese = "巴基斯坦和伊朗同意加强安全合作，双方将在下周继续会谈。";
    String text =
        (arabic.repeat(20) + "\n" + chinese.repeat(20) + "\n\u202Bمرحبا\u202C\n").repeat(2_000);
    CleanedText cleaned = cleanWithinLimit(text, CleaningMode.BALANCED);
    assertEveryLineAccountedFor(text, cleaned);
  }

  @Test
  void controlCharactersEverywhere() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      text.append((char) (i % 32)).append(i % 7 == 0 ? "word " : "");
    }
    CleanedText cleaned = cleanWithinLimit(text.toString(), CleaningMode.BALANCED);
    assertEveryLineAccountedFor(text.toString(), cleaned);
  }

  @Test
  void hostileHtml() {
    String deep = "<div>".repeat(50_000) + SENTENCE + "</div>".repeat(50_000);
    String unclosed = "<p>" + "<a href='x'>link ".repeat(100_000);
    String noTags = "<html>" + SENTENCE.repeat(100_000);
    for (String html : new String[] {deep, unclosed, noTags}) {
      CleanedText cleaned =
          assertTimeoutPreemptively(LIMIT, () -> ArticleCleaner.cleanHtml(html, CleaningMode.BALANCED));
      assertEquals(
          ArticleCleaner.uncleanedText("x.html", html, InputFormat.HTML).lines().filter(l -> !l.isEmpty()).count(),
          cleaned.paragraphs().size() + cleaned.removedLines().size());
    }
  }
}
