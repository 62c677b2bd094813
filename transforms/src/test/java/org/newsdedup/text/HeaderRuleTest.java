package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRuleTest {
  private static final String BODY =
      "Ministers from both countries met in Islamabad on Monday and agreed to resume talks"
          + " within a week.";

  private static DocumentLines apply(String... lines) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(String.join("\n", lines)));
    new HeaderRule().apply(doc);
    return doc;
  }

  @Test
  void eachLineAboveTheFirstParagraphIsNamedForWhatItIs() {
    DocumentLines doc =
        apply(
            "EXCLUSIVE",
            "World | 29 January 2024",
            "Pakistan and Iran agree to boost security ties",
            "By Jane Doe and John Roe, Reuters",
            BODY,
            "By the end of the week both ambassadors had returned.");

    assertEquals("header-line", doc.reason(0));
    assertEquals("date-line", doc.reason(1));
    assertEquals("headline", doc.reason(2));
    assertEquals("byline", doc.reason(3));
    assertNull(doc.reason(4));
    assertNull(doc.reason(5));
  }

  @Test
  void theHeadlineIsTheTitleLikeLineNearestTheBody() {
    DocumentLines doc =
        apply(
            "Pakistan and Iran agree to boost security ties",
            "",
            "Talks follow a week of deadly strikes",
            "",
            BODY);

    assertEquals(HeaderRule.OTHER, doc.reason(0));
    assertNull(doc.reason(1));
    assertEquals(HeaderRule.HEADLINE, doc.reason(2));
    assertNull(doc.reason(4));
  }

  @Test
  void aLineEndingLikeASentenceIsNotAHeadline() {
    DocumentLines doc = apply("The ministers shook hands in Islamabad.", BODY);

    assertEquals(HeaderRule.OTHER, doc.reason(0));
  }

  @Test
  void aTwoWordLineIsNotAHeadline() {
    DocumentLines doc = apply("Diplomatic talks", BODY);

    assertEquals(HeaderRule.OTHER, doc.reason(0));
  }

  @Test
  void aDateLineMustBeShort() {
    DocumentLines doc =
        apply("Updated 29 January 2024", "First published on the morning of 28 January 2024 here",
            BODY);

    assertEquals(HeaderRule.DATE_LINE, doc.reason(0));
    assertEquals(HeaderRule.HEADLINE, doc.reason(1));
  }

  @Test
  void aLongUnpunctuatedLineCountsAsTheFirstParagraph() {
    String longLine =
        "Pakistan and Iran have agreed to work together to improve security cooperation in the"
            + " wake of deadly air strikes by Tehran and Islamabad earlier this month that killed"
            + " at least eleven people";
    DocumentLines doc = apply("Pakistan and Iran agree to work together", longLine);

    assertEquals(HeaderRule.HEADLINE, doc.reason(0));
    assertNull(doc.reason(1));
  }

  @Test
  void aShortSentenceIsNotYetTheBodyAndIsLeftToTheContextBelowTheHeadline() {
    DocumentLines doc =
        apply("Pakistan and Iran agree to talk", "The ministers met in Islamabad on Monday.", BODY);

    assertEquals(HeaderRule.HEADLINE, doc.reason(0));
    assertNull(doc.reason(1));
    assertNull(doc.reason(2));
  }

  @Test
  void aStandfirstAboveTheBylineIsNotTheBodyAndTheHeadlineIsAboveTheByline() {
    String standfirst = "A week of strikes ended with a promise to talk, and both capitals sounded relieved.";
    DocumentLines doc =
        apply("Pakistan and Iran agree to talk", standfirst, "By Jane Doe", "Gift article", BODY);

    assertEquals(HeaderRule.HEADLINE, doc.reason(0));
    assertEquals(HeaderRule.OTHER, doc.reason(1));
    assertEquals(HeaderRule.BYLINE, doc.reason(2));
    assertNull(doc.reason(3));
    assertNull(doc.reason(4));
  }

  @Test
  void withoutAParagraphNothingIsTouched() {
    DocumentLines doc =
        apply("Pakistan and Iran agree to talk", "By Jane Doe", "29 January 2024", "Read more");

    for (int i = 0; i < doc.size(); i++) {
      assertNull(doc.reason(i), "line " + i);
    }
  }

  @Test
  void linesAnEarlierRuleClaimedKeepTheirReason() {
    DocumentLines doc =
        new DocumentLines(List.of("Home News World", "Pakistan and Iran agree to talk", BODY));
    doc.remove(0, "breadcrumb");

    new HeaderRule().apply(doc);

    assertEquals("breadcrumb", doc.reason(0));
    assertEquals(HeaderRule.HEADLINE, doc.reason(1));
  }

  @Test
  void aClaimedLineIsNotTakenForTheFirstParagraph() {
    DocumentLines doc = new DocumentLines(List.of("Pakistan and Iran agree to talk", BODY, BODY));
    doc.remove(1, "repeated-line");

    new HeaderRule().apply(doc);

    assertEquals(HeaderRule.HEADLINE, doc.reason(0));
    assertEquals("repeated-line", doc.reason(1));
    assertNull(doc.reason(2));
  }
}
