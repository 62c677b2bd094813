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
    int firstCredit = -1;
    int lastMetadata = -1;
    for (int i = 0; i < body; i++) {
      if (!doc.isKept(i)) {
        continue;
      }
      String line = doc.line(i);
      if (Bylines.looksLikeByline(line)) {
        doc.remove(i, BYLINE);
      } else if (isDateLine(doc, i)) {
        doc.remove(i, DATE_LINE);
      } else {
        continue;
      }
      firstCredit = firstCredit < 0 ? i : firstCredit;
      lastMetadata = i;
    }
    int headline = firstCredit >= 0 ? headline(doc, firstCredit) : -1;
    headline = headline >= 0 ? headline : headline(doc, body);
    if (headline >= 0) {
      doc.remove(headline, HEADLINE);
      lastMetadata = Math.max(lastMetadata, headline);
    }
    // Lines between the last header line and the article are left to the context rule: on a
    // slideshow or live blog the first sub-heading sits there.
    int headerEnd = lastMetadata >= 0 ? lastMetadata : body - 1;
    for (int i = 0; i <= headerEnd; i++) {
      doc.remove(i, OTHER);
    }
  }

  private static boolean isDateLine(DocumentLines doc, int i) {
    return doc.words(i) <= MAX_DATE_LINE_WORDS
        && DateParser.find(doc.line(i), DateOrder.DAY_FIRST) != null;
  }

  /**
   * The title-like line nearest above {@code limit}: the first byline or date line, else the
   * article (a standfirst or a kicker may stand between a headline and its article, but
   * rarely between a headline and its byline).
   */
  private static int headline(DocumentLines doc, int limit) {
    for (int i = limit - 1; i >= 0; i--) {
      if (doc.isKept(i) && doc.words(i) >= MIN_HEADLINE_WORDS
          && !Sentences.endsSentence(doc.line(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The article's first paragraph: the first paragraph-like line that the next paragraph-like
   * line follows with no byline or date line between them. A standfirst above the byline is
   * paragraph-like too, but a byline parts it from the article.
   */
  private static int firstParagraph(DocumentLines doc) {
    int candidate = -1;
    for (int i = 0; i < doc.size(); i++) {
      if (!doc.isKept(i)) {
        continue;
      }
      if (isParagraph(doc, i)) {
        if (candidate >= 0) {
          return candidate;
        }
        candidate = i;
      } else if (candidate >= 0
          && (Bylines.looksLikeByline(doc.line(i)) || isDateLine(doc, i))) {
        candidate = -1;
      }
    }
    return candidate >= 0 ? candidate : firstParagraphAlone(doc);
  }

  private static int firstParagraphAlone(DocumentLines doc) {
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
