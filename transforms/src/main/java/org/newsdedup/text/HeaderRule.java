package org.newsdedup.text;

/**
 * Sorts the lines above the article's first paragraph: the byline, a date line, the headline
 * (the title-like line nearest the first paragraph) and whatever else sits there (a stray caption,
 * a kicker). These lines carry metadata, so each is removed under a reason that names what it is,
 * for metadata extraction to read.
 */
final class HeaderRule implements LineRule {
  static final String HEADLINE = "headline";
  static final String BYLINE = "byline";
  static final String DATE_LINE = "date-line";
  static final String OTHER = "header-line";

  private static final int MAX_DATE_LINE_WORDS = 8;
  private static final int MIN_HEADLINE_WORDS = 3;
  private static final int MIN_PARAGRAPH_WORDS = 10;
  private static final int LONG_PARAGRAPH_WORDS = 25;

  @Override
  public void apply(DocumentLines doc) {
    int body = firstParagraph(doc);
    if (body < 0) {
      return;
    }
    int headline = -1;
    for (int i = 0; i < body; i++) {
      if (!doc.isKept(i)) {
        continue;
      }
      String line = doc.line(i);
      if (Bylines.looksLikeByline(line)) {
        doc.remove(i, BYLINE);
      } else if (doc.words(i) <= MAX_DATE_LINE_WORDS
          && DateParser.find(line, DateOrder.DAY_FIRST) != null) {
        doc.remove(i, DATE_LINE);
      } else if (doc.words(i) >= MIN_HEADLINE_WORDS && !Sentences.endsSentence(line)) {
        headline = i;
      }
    }
    if (headline >= 0) {
      doc.remove(headline, HEADLINE);
    }
    for (int i = 0; i < body; i++) {
      doc.remove(i, OTHER);
    }
  }

  private static int firstParagraph(DocumentLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isKept(i) && isParagraph(doc, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isParagraph(DocumentLines doc, int i) {
    int words = doc.words(i);
    return words >= LONG_PARAGRAPH_WORDS
        || (words >= MIN_PARAGRAPH_WORDS && Sentences.endsSentence(doc.line(i)));
  }
}
