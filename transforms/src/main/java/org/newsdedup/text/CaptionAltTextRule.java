package org.newsdedup.text;

/**
 * Drops the alt text a scrape leaves just above a picture's caption ("Two diplomats shake hands"
 * directly over "The visit is aimed at ... (... via AP)"): a short line with no closing
 * punctuation, with no blank line between it and the caption.
 */
final class CaptionAltTextRule implements LineRule {
  static final String REASON = "image-alt-text";
  private static final int MAX_WORDS = 12;

  @Override
  public void apply(DocumentLines doc) {
    for (int i = 0; i + 1 < doc.size(); i++) {
      if (doc.isKept(i)
          && PhotoCreditRule.CAPTION.equals(doc.reason(i + 1))
          && doc.words(i) <= MAX_WORDS
          && !Sentences.endsSentence(doc.line(i))
          && !Bylines.looksLikeByline(doc.line(i))) {
        doc.remove(i, REASON);
      }
    }
  }
}
