package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LinkBarRuleTest {
  private static DocumentLines apply(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    new LinkBarRule().apply(doc);
    return doc;
  }

  @Test
  void aRowOfShortLinksIsNavigation() {
    DocumentLines doc =
        apply(
            "About us | Careers | Advertise | Terms of use | Privacy\n"
                + "Aviso legal · Política de privacidad · Política de cookies · Contacto\n");

    assertEquals("navigation", doc.reason(0));
    assertEquals("navigation", doc.reason(1));
  }

  @Test
  void twoSegmentsOrASentenceAmongThemIsNotNavigation() {
    DocumentLines doc =
        apply(
            "Sport | Football\n"
                + "Scores | The match ended in a draw after extra time. | Tables\n"
                + "Prices rose by 3% in May | 2% in April | and 1% in March, the office said\n");

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
    assertNull(doc.reason(2));
  }
}
