package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PromptRuleTest {
  private static DocumentLines apply(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    new PromptRule().apply(doc);
    return doc;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Read more | read-more",
        "READ MORE | read-more",
        "See also: Pakistan recalls its ambassador | read-more",
        "View the full story | read-more",
        "More from World | read-more",
        "Related | read-more",
        "Related stories: | read-more",
        "Recommended for you | read-more",
        "Most read | read-more",
        "Trending now | read-more",
        "Leave a review | comment-prompt",
        "Leave a comment | comment-prompt",
        "12 comments | comment-prompt",
        "Comments: | comment-prompt",
        "Join the conversation | comment-prompt",
        "Show comments (4) | comment-prompt",
        "Sign up for our free daily newsletter | newsletter-prompt",
        "Subscribe now | newsletter-prompt",
        "Register today for unlimited access | newsletter-prompt",
        "Get our morning briefing newsletter | newsletter-prompt",
        "We use cookies to improve your experience | cookie-notice",
        "This website uses cookies. | cookie-notice",
        "Accept all cookies | cookie-notice",
        "Advertisement | advertisement",
        "ADVERTISEMENT | advertisement",
        "Ad | advertisement",
        "Sponsored content | advertisement",
        "Story continues below advertisement | advertisement"
      })
  void callsToActionAreRemovedWithTheirKind(String line, String reason) {
    assertEquals(reason, apply(line).reason(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Subscribe to the view that the economy will recover and you may be disappointed by the"
            + " figures.",
        "Read more about why the two neighbours fell out over militant hideouts along their border",
        "Ministers read more than 300 pages of evidence.",
        "Advertisements were banned during the campaign.",
        "Comment is free",
        "Adverse weather delayed the talks.",
        "Home News World"
      })
  void articleTextThatMerelyStartsLikeAPromptStays(String line) {
    assertNull(apply(line).reason(0));
  }

  @Test
  void onlyThePromptLineGoes() {
    DocumentLines doc =
        apply("Pakistan and Iran agreed to improve security.\n\nRead more\nAdvertisement");

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
    assertEquals("read-more", doc.reason(2));
    assertEquals("advertisement", doc.reason(3));
  }

  @Test
  void adversarialLinesReturnQuickly() {
    String manyWords = "read more ".repeat(20_000);
    String oneLongWord = "Sign up " + "x".repeat(200_000);
    String longNow = "Sign up " + "now".repeat(70_000);
    String parens = "(".repeat(200_000);
    String glued = "Advertisement".repeat(15_000);

    DocumentLines doc =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> apply(String.join("\n", manyWords, oneLongWord, longNow, parens, glued)));

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
    assertEquals("newsletter-prompt", doc.reason(2));
    assertNull(doc.reason(3));
    assertNull(doc.reason(4));
  }
}
