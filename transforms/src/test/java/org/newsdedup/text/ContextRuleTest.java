package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ContextRuleTest {
  private static final String PROSE_ONE =
      "The council voted on Tuesday to close the coast road for the winter, after waves threw"
          + " stones onto the carriageway for a second night.";
  private static final String PROSE_TWO =
      "Drivers will be sent along the inland route, which the council says adds about ten"
          + " minutes to a journey between the two towns.";
  private static final String PROSE_THREE =
      "Residents of the villages along the road said they had been asking for sea defences to"
          + " be repaired since the storms of last year.";

  private static DocumentLines apply(CleaningMode mode, String... lines) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(String.join("\n", lines)));
    new ChromePatternRule().apply(doc);
    new ContextRule(mode).apply(doc);
    return doc;
  }

  @Test
  void aShortLineBetweenTwoParagraphsIsASubHeading() {
    DocumentLines doc = apply(CleaningMode.BALANCED, PROSE_ONE, "What happens next", PROSE_TWO);

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
    assertNull(doc.reason(2));
  }

  @Test
  void aRunOfShortTitleLinesBetweenParagraphsIsAHeadlineList() {
    DocumentLines doc =
        apply(CleaningMode.BALANCED, PROSE_ONE, "Pier reopens after repairs",
            "Ring road lane closures start tonight", "Bakery chain to open three shops",
            PROSE_TWO);

    for (int i = 1; i <= 3; i++) {
      assertEquals(ContextRule.SHORT_LINE_RUN, doc.reason(i), "line " + i);
    }
    assertNull(doc.reason(4));
  }

  @Test
  void shortLinesAfterTheArticleAreFurniture() {
    DocumentLines doc = apply(CleaningMode.BALANCED, PROSE_ONE, PROSE_TWO, "About us", "Careers");

    assertEquals(ContextRule.SHORT_AMONG_FURNITURE, doc.reason(2));
    assertEquals(ContextRule.SHORT_AMONG_FURNITURE, doc.reason(3));
  }

  @Test
  void aShortLastSentenceRightUnderTheArticleStaysExceptInPrecisionMode() {
    String last = "The survey will be repeated next year.";

    assertNull(apply(CleaningMode.BALANCED, PROSE_ONE, PROSE_TWO, last, "About us").reason(2));
    assertEquals(
        ContextRule.SHORT_AMONG_FURNITURE,
        apply(CleaningMode.PRECISION, PROSE_ONE, PROSE_TWO, last, "About us").reason(2));
  }

  @Test
  void smallFurnitureInsideTheArticleIsLookedThrough() {
    DocumentLines doc =
        apply(CleaningMode.BALANCED, PROSE_ONE, "2 hours ago", "Recount in Millfield", PROSE_TWO);

    assertEquals(ChromePatternRule.TIMESTAMP, doc.reason(1));
    assertNull(doc.reason(2));
  }

  @Test
  void aCommentSectionAfterTheArticleGoesWholeEvenWhereItReadsAsProse() {
    DocumentLines doc = new DocumentLines(
        LineNormalizer.lines(String.join("\n", PROSE_ONE, PROSE_TWO, "Comments (3)", PROSE_THREE)));
    new PromptRule().apply(doc);
    new ContextRule(CleaningMode.BALANCED).apply(doc);

    assertNull(doc.reason(1));
    assertEquals("comment-prompt", doc.reason(2));
    assertEquals(ContextRule.COMMENTS, doc.reason(3));
  }

  @Test
  void aFlattenedMenuLineIsNotProse() {
    DocumentLines doc =
        apply(CleaningMode.RECALL, PROSE_ONE,
            "News Local Transport Education Health Politics Business Sport Football Rugby Golf",
            PROSE_TWO);

    assertEquals(ContextRule.NOT_PROSE, doc.reason(1));
  }

  @Test
  void aProbableParagraphNeedsProseOnBothSidesInPrecisionModeOnly() {
    String middling = "Police said the road would stay shut overnight.";
    String[] page = {PROSE_ONE, middling, "Most popular", "Pier reopens"};

    assertNull(apply(CleaningMode.BALANCED, page).reason(1));
    assertEquals(ContextRule.NOT_PROSE, apply(CleaningMode.PRECISION, page).reason(1));
  }

  @Test
  void aDocumentWithNoLongParagraphKeepsItsProbableOnes() {
    DocumentLines doc = apply(CleaningMode.BALANCED, "Police said the road would stay shut overnight.");

    assertNull(doc.reason(0));
  }

  @Test
  void markupThatNamesFurnitureOrIsMostlyLinksOverridesTheWords() {
    PageStructure inNav = new PageStructure(0, true, false, false, false);
    PageStructure links = new PageStructure(0.9, false, false, false, false);
    PageStructure plain = PageStructure.NONE;
    DocumentLines doc =
        new DocumentLines(
            java.util.List.of(PROSE_ONE, PROSE_TWO, "Pier reopens after repairs", PROSE_THREE),
            new int[] {1, 2, 3, 4}, java.util.List.of(plain, inNav, links, plain));
    new ContextRule(CleaningMode.BALANCED).apply(doc);

    assertNull(doc.reason(0));
    assertEquals(ContextRule.FURNITURE_MARKUP, doc.reason(1));
    assertEquals(ContextRule.LINK_DENSE, doc.reason(2));
    assertNull(doc.reason(3));
  }
}
