package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedLineRuleTest {
  private static final String CAPTION =
      "Iranian foreign minister Hossein Amirabdollahian took part in talks in Islamabad";

  private static DocumentLines apply(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    new RepeatedLineRule().apply(doc);
    return doc;
  }

  @Test
  void theSecondCopyOfALineGoesAndTheFirstStays() {
    DocumentLines doc = apply(CAPTION + "\n" + CAPTION + "\nPakistan and Iran agreed to talk.");

    assertNull(doc.reason(0));
    assertEquals("repeated-line", doc.reason(1));
    assertNull(doc.reason(2));
  }

  @Test
  void everyLaterCopyGoes() {
    DocumentLines doc = apply(CAPTION + "\n\n" + CAPTION + "\nOther text here now\n" + CAPTION);

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
    assertEquals(RepeatedLineRule.REASON, doc.reason(2));
    assertNull(doc.reason(3));
    assertEquals(RepeatedLineRule.REASON, doc.reason(4));
  }

  @Test
  void copiesDifferingOnlyInCaseOrSpacingAreRepeats() {
    DocumentLines doc =
        apply("Talks In Islamabad Resume Today\ntalks  in islamabad\u00A0resume today");

    assertEquals(RepeatedLineRule.REASON, doc.reason(1));
  }

  @Test
  void shortLinesMayRecur() {
    DocumentLines doc =
        apply("Credits: DepositPhotos\nText\nCredits: DepositPhotos\nIn World\nIn World");

    for (int i = 0; i < doc.size(); i++) {
      assertNull(doc.reason(i), "line " + i);
    }
  }

  @Test
  void aRepeatOfALineAnEarlierRuleClaimedStillGoes() {
    DocumentLines doc = new DocumentLines(List.of(CAPTION, CAPTION));
    doc.remove(0, "photo-caption");

    new RepeatedLineRule().apply(doc);

    assertEquals("photo-caption", doc.reason(0));
    assertEquals(RepeatedLineRule.REASON, doc.reason(1));
  }

  @Test
  void linesThatOnlyShareAPrefixAreNotRepeats() {
    DocumentLines doc = apply(CAPTION + "\n" + CAPTION + " on Monday");

    assertNull(doc.reason(1));
  }
}
