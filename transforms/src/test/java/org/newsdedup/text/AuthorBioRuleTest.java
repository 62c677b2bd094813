package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorBioRuleTest {
  private static final String BODY =
      "Pakistan and Iran agreed on Monday to expand security cooperation after a week of strikes.";
  private static final String BIO =
      "Malik is a skilled writer with a passion for news and current events. Stay informed!";

  private static DocumentLines apply(String... lines) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(String.join("\n", lines)));
    new AuthorBioRule().apply(doc);
    return doc;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        BIO,
        "Jane Doe is a senior correspondent covering South Asia.",
        "Ahmed Khan was a reporter for Dawn before joining us.",
        "Maria José García has been our Madrid correspondent since 2019.",
        "Sean O'Neill is the paper's chief political editor",
        "J. R. Smith is an award-winning freelancer based in Karachi."
      })
  void aBioAtTheFootOfThePageIsRemoved(String bio) {
    DocumentLines doc = apply(BODY, bio);

    assertNull(doc.reason(0));
    assertEquals("author-bio", doc.reason(1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The minister is a former journalist, officials said.",
        "Pakistan is a key partner for the region, the minister said.",
        "Jilani is a veteran diplomat who has served in Brussels.",
        "Malik is a skilled negotiator, officials said."
      })
  void closingLinesThatAreNotBiosStay(String line) {
    assertNull(apply(BODY, line).reason(1), line);
  }

  @Test
  void aBioAmongTheLastThreeTextLinesIsRemoved() {
    DocumentLines doc = apply(BODY, BIO, "", "Contact the newsroom", "", "All rights reserved");

    assertEquals(AuthorBioRule.REASON, doc.reason(1));
  }

  @Test
  void aBioFurtherUpIsArticleText() {
    DocumentLines doc = apply(BIO, BODY, BODY + " Again.", "Talks resume next week.");

    assertNull(doc.reason(0));
  }

  @Test
  void linesOtherRulesClaimedDoNotCountTowardsTheLastThree() {
    DocumentLines doc =
        new DocumentLines(List.of(BODY, BIO, "Read more", "Credits: DepositPhotos", "Share"));
    doc.remove(2, "read-more");
    doc.remove(3, "photo-credit");
    doc.remove(4, "share-bar");

    new AuthorBioRule().apply(doc);

    assertEquals(AuthorBioRule.REASON, doc.reason(1));
    assertEquals("read-more", doc.reason(2));
  }

  @Test
  void adversarialLinesReturnQuickly() {
    String longTail = "Ab is a " + "x".repeat(200_000);
    String repeatedStart = "Malik is a ".repeat(20_000);
    String longName = "A".repeat(200_000) + " is a writer";
    String longBio = "Malik is a writer " + "and editor ".repeat(20_000);

    DocumentLines doc =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> apply(longTail, repeatedStart, longName, longBio));
    DocumentLines noBio =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> apply(BODY, longTail, repeatedStart, longName));

    assertEquals(AuthorBioRule.REASON, doc.reason(3));
    assertNull(noBio.reason(1));
    assertNull(noBio.reason(2));
    assertNull(noBio.reason(3));
  }
}
