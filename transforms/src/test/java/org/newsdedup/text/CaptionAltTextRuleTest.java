package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionAltTextRuleTest {
  private static final String CAPTION =
      "The visit is aimed at de-escalating tensions between the two countries"
          + " (Pakistani Ministry of Foreign Affairs via AP)";

  private static DocumentLines apply(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    new PhotoCreditRule().apply(doc);
    new CaptionAltTextRule().apply(doc);
    return doc;
  }

  @Test
  void aShortLineDirectlyAboveACaptionIsAltText() {
    DocumentLines doc = apply("Two diplomats shake hands\n" + CAPTION);

    assertEquals("image-alt-text", doc.reason(0));
    assertEquals("photo-caption", doc.reason(1));
  }

  @Test
  void onlyTheLineDirectlyAboveGoes() {
    DocumentLines doc =
        apply("Talks in Islamabad\nTwo diplomats shake hands\n" + CAPTION);

    assertNull(doc.reason(0));
    assertEquals(CaptionAltTextRule.REASON, doc.reason(1));
  }

  @Test
  void aBlankLineBetweenKeepsTheLine() {
    DocumentLines doc = apply("Two diplomats shake hands\n\n" + CAPTION);

    assertNull(doc.reason(0));
    assertEquals(PhotoCreditRule.CAPTION, doc.reason(2));
  }

  @Test
  void aLineEndingLikeASentenceStays() {
    assertNull(apply("The ministers shook hands.\n" + CAPTION).reason(0));
  }

  @Test
  void aBylineAboveACaptionStays() {
    assertNull(apply("By Press Association\n" + CAPTION).reason(0));
  }

  @Test
  void aLineOfMoreThanTwelveWordsStays() {
    String fourteenWords =
        "Pakistan and Iran agree to work together to improve security after the air strikes";

    assertNull(apply(fourteenWords + "\n" + CAPTION).reason(0));
  }

  @Test
  void aLineAboveAStandaloneCreditStays() {
    assertNull(apply("Two diplomats shake hands\nPhoto: AP").reason(0));
  }

  @Test
  void itReadsTheCaptionReasonWhicheverRuleSetIt() {
    DocumentLines doc =
        new DocumentLines(List.of("Rescue workers in Kerman", "Rescue workers search the rubble"));
    doc.remove(1, PhotoCreditRule.CAPTION);

    new CaptionAltTextRule().apply(doc);

    assertEquals(CaptionAltTextRule.REASON, doc.reason(0));
  }
}
