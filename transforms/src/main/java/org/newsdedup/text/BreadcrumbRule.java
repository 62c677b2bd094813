package org.newsdedup.text;

import java.util.regex.Pattern;

/**
 * Drops breadcrumb trails: "Home News World", "Home / Politics / Slideshow", or the same trail
 * scraped as a numbered list ("1. Home", "2. /", "3. Politics", ...).
 */
final class BreadcrumbRule implements LineRule {
  static final String REASON = "breadcrumb";

  /** "Home" then up to five short capitalised crumbs, with or without separators. */
  private static final Pattern INLINE_TRAIL =
      Pattern.compile(
          "(?i:home)(?:\\s*[/>»›|]\\s*|\\s+)\\p{Lu}[\\p{L}&'-]{0,24}"
              + "(?:(?:\\s*[/>»›|]\\s*|\\s+)\\p{Lu}[\\p{L}&'-]{0,24}){0,4}");
  private static final Pattern LIST_START = Pattern.compile("(?:\\d{1,2}\\.\\s*)?(?i:home)");
  private static final Pattern LIST_ITEM = Pattern.compile("\\d{1,2}\\.\\s*\\S.{0,80}");
  private static final int MAX_ITEM_WORDS = 8;
  private static final Pattern SEPARATOR = Pattern.compile("[/>»›|]");
  private static final int MAX_DATE_LINE_WORDS = 8;
  private static final int MIN_PARAGRAPH_WORDS = 10;

  @Override
  public void apply(DocumentLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      if (!doc.isKept(i)) {
        continue;
      }
      String line = doc.line(i);
      if (INLINE_TRAIL.matcher(line).matches() && !isHeadline(doc, i)) {
        doc.remove(i, REASON);
      } else if (LIST_START.matcher(line).matches()) {
        i = removeListTrail(doc, i);
      }
    }
  }

  /**
   * "Home Secretary Resigns" has the shape of a trail written without separators. A trail sits
   * above the headline; a headline sits right above its byline, date line or first paragraph.
   */
  private static boolean isHeadline(DocumentLines doc, int i) {
    if (SEPARATOR.matcher(doc.line(i)).find()) {
      return false;
    }
    int next = doc.nextNonBlank(i);
    if (next < 0) {
      return false;
    }
    String line = doc.line(next);
    return Bylines.looksLikeByline(line)
        || (doc.words(next) <= MAX_DATE_LINE_WORDS
            && DateParser.find(line, DateOrder.DAY_FIRST) != null)
        || (doc.words(next) >= MIN_PARAGRAPH_WORDS && Sentences.endsSentence(line));
  }

  /** Removes a numbered trail starting at {@code start}; returns the last line it covered. */
  private static int removeListTrail(DocumentLines doc, int start) {
    int end = start;
    for (int next = doc.nextNonBlank(end);
        next >= 0
            && doc.isKept(next)
            && doc.words(next) <= MAX_ITEM_WORDS
            && LIST_ITEM.matcher(doc.line(next)).matches();
        next = doc.nextNonBlank(end)) {
      end = next;
    }
    if (end == start) {
      return start;
    }
    for (int i = start; i <= end; i++) {
      doc.remove(i, REASON);
    }
    return end;
  }
}
