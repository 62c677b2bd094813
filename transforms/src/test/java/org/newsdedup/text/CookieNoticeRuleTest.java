package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CookieNoticeRuleTest {
  private static DocumentLines apply(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    new CookieNoticeRule().apply(doc);
    return doc;
  }

  @Test
  void aBannerWithItsHeadingAndButtonsIsRemoved() {
    DocumentLines doc =
        apply(
            "This website uses cookies\n"
                + "We use cookies to personalise content and ads. You consent to our cookies if you"
                + " continue to use our website.\n"
                + "Allow all cookies\n"
                + "Reject all\n"
                + "Council approves the new bridge after a two-year delay.\n");

    assertEquals("cookie-notice", doc.reason(0));
    assertEquals("cookie-notice", doc.reason(1));
    assertEquals("cookie-notice", doc.reason(2));
    assertEquals("cookie-notice", doc.reason(3));
    assertNull(doc.reason(4));
  }

  @Test
  void bannersInOtherLanguagesAreRecognised() {
    DocumentLines doc =
        apply(
            "Wir und unsere Partner verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu"
                + " bieten. Mit „Alle akzeptieren“ stimmen Sie zu.\n"
                + "Alle akzeptieren\n"
                + "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant, vous"
                + " acceptez leur utilisation.\n");

    assertEquals("cookie-notice", doc.reason(0));
    assertEquals("cookie-notice", doc.reason(1));
    assertEquals("cookie-notice", doc.reason(2));
  }

  @Test
  void anArticleSentenceAboutCookiesStays() {
    DocumentLines doc =
        apply(
            "The bakery sold 4,000 cookies at the harvest fair, twice last year's total, the"
                + " organisers said on Sunday.\n");

    assertNull(doc.reason(0));
  }
}
