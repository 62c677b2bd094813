package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class IconAltTextRuleTest {
  private static DocumentLines apply(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    new IconAltTextRule().apply(doc);
    return doc;
  }

  @Test
  void aLineNamingThreeIconsIsRemoved() {
    DocumentLines doc =
        apply(
            "Email An icon of a paper envelope. Facebook An icon of the Facebook mark."
                + " Clock An icon of a clock face.");

    assertEquals("icon-alt-text", doc.reason(0));
  }

  @Test
  void logosCountAsIconsAndCaseDoesNotMatter() {
    DocumentLines doc = apply("Instagram LOGO LinkedIn Logo WhatsApp ICON");

    assertEquals(IconAltTextRule.REASON, doc.reason(0));
  }

  @Test
  void twoMentionsAreNotEnough() {
    DocumentLines doc = apply("Camera An icon of a digital camera. Clock An icon of a clock face.");

    assertNull(doc.reason(0));
  }

  @Test
  void onlyWholeWordsCount() {
    DocumentLines doc =
        apply("The iconic logos of the festival and its icons were redesigned by iconographers.");

    assertNull(doc.reason(0));
  }

  @Test
  void onlyTheFurnitureLineGoesAndArticleLinesStay() {
    DocumentLines doc =
        apply(
            "Pakistan and Iran agreed to improve security.\n"
                + "Home An icon of a house. Tag An icon of a tag. Rating An icon of a star.\n"
                + "\n"
                + "The ministers met in Islamabad.");

    assertNull(doc.reason(0));
    assertEquals(IconAltTextRule.REASON, doc.reason(1));
    assertNull(doc.reason(2));
    assertNull(doc.reason(3));
  }

  @Test
  void aLineAnEarlierRuleClaimedKeepsItsReason() {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines("icon icon icon"));
    doc.remove(0, "breadcrumb");

    new IconAltTextRule().apply(doc);

    assertEquals("breadcrumb", doc.reason(0));
  }

  @Test
  void theIconStripOfTheFirstSeedIsRemoved() {
    DocumentLines doc =
        apply(
            " date 2024-01-29 Calendar An icon of a desk calendar. Cancel An icon of a circle"
                + " with a diagonal line across. Caret An icon of a block arrow pointing to the"
                + " right.\nHome News World");

    assertEquals(IconAltTextRule.REASON, doc.reason(0));
    assertNull(doc.reason(1));
  }
}
