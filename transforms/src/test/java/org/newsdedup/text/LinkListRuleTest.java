package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkListRuleTest {
  private static final String ARTICLE_END =
      "Both regions are restive, mineral-rich and largely underdeveloped, officials said.";
  private static final String TEASER_ONE =
      "Russia said on Thursday that a new missile defence base in Poland raised the level of"
          + " nuclear danger.";
  private static final String TEASER_TWO =
      "Britain and Romania offered their support to Moldova on Wednesday in tackling the effects"
          + " of the war.";

  private static DocumentLines apply(String... lines) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(String.join("\n", lines)));
    new LinkListRule().apply(doc);
    return doc;
  }

  @Test
  void aTrailingListOfTeasersUnderBulletsIsRemovedFromItsLabel() {
    DocumentLines doc = apply(ARTICLE_END, "In World", "-", TEASER_ONE, "-", TEASER_TWO);

    assertNull(doc.reason(0));
    for (int i = 1; i <= 5; i++) {
      assertEquals("link-list", doc.reason(i), "line " + i);
    }
  }

  @Test
  void shortBulletItemsAndOtherBulletCharactersBelongToTheList() {
    DocumentLines doc =
        apply(ARTICLE_END, "•", "- Economics", "– 30 January 2024 13:49", "In World", "*",
            TEASER_ONE, "—", TEASER_TWO);

    assertNull(doc.reason(0));
    for (int i = 1; i <= 8; i++) {
      assertEquals(LinkListRule.REASON, doc.reason(i), "line " + i);
    }
  }

  @Test
  void blankLinesInsideTheListDoNotBreakIt() {
    DocumentLines doc = apply(ARTICLE_END, "", "More news", "", "-", "", TEASER_ONE, "", "-", "",
        TEASER_TWO);

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
    assertEquals(LinkListRule.REASON, doc.reason(2));
    assertEquals(LinkListRule.REASON, doc.reason(6));
    assertEquals(LinkListRule.REASON, doc.reason(10));
    assertNull(doc.reason(3));
  }

  @Test
  void oneBareBulletIsNotEnough() {
    DocumentLines doc = apply(ARTICLE_END, "In World", "-", TEASER_ONE);

    for (int i = 0; i < doc.size(); i++) {
      assertNull(doc.reason(i), "line " + i);
    }
  }

  @Test
  void aLongLineNotUnderABulletEndsTheList() {
    DocumentLines doc = apply("In World", "-", TEASER_ONE, "-", TEASER_TWO, ARTICLE_END);

    for (int i = 0; i < doc.size(); i++) {
      assertNull(doc.reason(i), "line " + i);
    }
  }

  @Test
  void shortClosingLinesWithoutBulletsStay() {
    DocumentLines doc = apply(ARTICLE_END, "Contact us", "About", "Privacy policy");

    for (int i = 0; i < doc.size(); i++) {
      assertNull(doc.reason(i), "line " + i);
    }
  }

  @Test
  void linesAnEarlierRuleClaimedAreSkippedAndKeepTheirReason() {
    DocumentLines doc =
        new DocumentLines(
            List.of(ARTICLE_END, "In World", "-", TEASER_ONE, "-", TEASER_TWO, "Leave a review"));
    doc.remove(6, "comment-prompt");

    new LinkListRule().apply(doc);

    assertNull(doc.reason(0));
    assertEquals(LinkListRule.REASON, doc.reason(1));
    assertEquals(LinkListRule.REASON, doc.reason(5));
    assertEquals("comment-prompt", doc.reason(6));
  }

  @Test
  void aDocumentOfOnlyBlankLinesIsLeftAlone() {
    DocumentLines doc = new DocumentLines(List.of("", "", ""));

    new LinkListRule().apply(doc);

    assertEquals(3, doc.size());
    assertNull(doc.reason(0));
    assertNull(doc.reason(2));
  }

  @Test
  void aShortLastParagraphAboveTheListIsNotSwallowed() {
    DocumentLines doc =
        apply(
            "Pakistan and Iran agreed on Monday to expand security cooperation after a week of strikes.",
            "Talks resume next week.",
            "In World",
            "-",
            "Russia said on Thursday that a new missile defence base raised the danger.",
            "-",
            "Britain offered support to Moldova.");

    assertNull(doc.reason(1));
    assertEquals(LinkListRule.REASON, doc.reason(2));
    assertEquals(LinkListRule.REASON, doc.reason(6));
  }
}
