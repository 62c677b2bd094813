package org.newsdedup.text;

import java.util.regex.Pattern;

/**
 * Drops cookie-consent banners wherever they sit: a line that speaks of cookies, asks for consent
 * (or names settings, partners, privacy) and addresses the reader, in any of the languages the
 * patterns cover; and the short buttons right under it ("Accept all", "Alle akzeptieren").
 */
final class CookieNoticeRule implements LineRule {
  static final String REASON = "cookie-notice";
  private static final int MAX_WORDS = 150;
  private static final int MAX_BUTTON_WORDS = 5;

  private static final Pattern COOKIE = Pattern.compile("(?iu)\\bcookies?\\b");
  private static final Pattern CONSENT =
      Pattern.compile(
          "(?iu)\\b(?:accept\\w*|consent\\w*|agree\\w*|partners?|settings|preferences|privacy"
              + "|personali[sz]\\w*|akzeptier\\w*|einwillig\\w*|zustimm\\w*|datenschutz"
              + "|einstellungen|consentement|paramétr\\w*|confidentialité"
              + "|acept\\w*|consentimiento|privacidad|configuración|accett\\w*|consenso"
              + "|toestemming|akkoord|accepteer\\w*|instellingen|aceit\\w*|privacidade)\\b");
  /** The wording of the industry's consent framework, which never names cookies. */
  private static final Pattern CONSENT_FRAMEWORK =
      Pattern.compile(
          "(?iu)\\b(?:we and our (?:\\d+ )?partners|precise geolocation data|device scanning"
              + "|store and/or access information on a device)\\b");
  private static final Pattern READER =
      Pattern.compile(
          "(?iu)\\b(?:you|your|we|our|us|vous|votre|nous|nos|wir|sie|ihnen|ihre|unsere"
              + "|wij|u|uw|onze|usted|su|nosotros|nuestros|voi|noi|nostri|você|seu|nós)\\b");

  @Override
  public void apply(DocumentLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isKept(i) && isBanner(doc, i)) {
        doc.remove(i, REASON);
        removeButtonsAfter(doc, i);
      }
    }
  }

  private static boolean isBanner(DocumentLines doc, int i) {
    String line = doc.line(i);
    if (doc.words(i) > MAX_WORDS) {
      return false;
    }
    // Every banner names cookies or partners or devices; most lines name none of them, and a
    // substring search is far cheaper than the patterns.
    String lowerCase = doc.lowerCase(i);
    if (!lowerCase.contains("cookie") && !lowerCase.contains("partners")
        && !lowerCase.contains("device")) {
      return false;
    }
    if (CONSENT_FRAMEWORK.matcher(line).find()) {
      return true;
    }
    if (!COOKIE.matcher(line).find()) {
      return false;
    }
    boolean heading = doc.words(i) <= MAX_BUTTON_WORDS && !Sentences.endsSentence(line);
    return heading || (CONSENT.matcher(line).find() && READER.matcher(line).find());
  }

  private static void removeButtonsAfter(DocumentLines doc, int banner) {
    for (int next = doc.nextNonBlank(banner);
        next >= 0 && doc.isKept(next) && isButton(doc, next);
        next = doc.nextNonBlank(next)) {
      doc.remove(next, REASON);
    }
  }

  /** A button under the banner, or more of the banner's text (it names cookies). */
  private static boolean isButton(DocumentLines doc, int i) {
    if (doc.words(i) <= MAX_WORDS && COOKIE.matcher(doc.line(i)).find()) {
      return true;
    }
    return doc.words(i) <= MAX_BUTTON_WORDS
        && !Sentences.endsSentence(doc.line(i))
        && (COOKIE.matcher(doc.line(i)).find() || CONSENT.matcher(doc.line(i)).find()
            || doc.line(i).matches("(?iu)(?:reject|decline|refuse|ablehnen|refuser|rechazar"
                + "|rifiuta|weigeren|recusar|manage|more options|mehr|options)\\b.*"));
  }
}
