package org.newsdedup.text;

import java.util.List;

/**
 * Picks the headline among a page's head lines. Below the masthead come menus and a breadcrumb
 * trail; the headline is the first line after the trail that reads as a title (three or more
 * words, not a control, date, byline, credit or sentence). A standfirst, which follows the
 * headline, is thereby never taken for it.
 */
final class Headlines {
  private static final int MIN_WORDS = 4;
  private static final int MIN_SHORT_WORDS = 3;
  private static final int MAX_WORDS = 40;

  private Headlines() {}

  /** The index in {@code head} of the headline, or -1. */
  static int find(List<PageLine> head) {
    int start = afterLastTrail(head);
    for (int minWords : new int[] {MIN_WORDS, MIN_SHORT_WORDS}) {
      int found = firstTitle(head, start, minWords);
      if (found < 0 && start > 0) {
        found = firstTitle(head, 0, minWords);
      }
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }

  private static int firstTitle(List<PageLine> head, int from, int minWords) {
    int masthead = -1;
    for (int i = from; i < head.size(); i++) {
      if (isTitle(head.get(i), minWords)) {
        if (i == 0) {
          masthead = i;
          continue;
        }
        return i;
      }
    }
    return masthead;
  }

  /** Just after the last breadcrumb trail above the first byline or date line. */
  private static int afterLastTrail(List<PageLine> head) {
    int start = 0;
    for (int i = 0; i < head.size(); i++) {
      String text = head.get(i).text();
      if (Bylines.hasLead(text) || ArticleHead.isDateLine(text)) {
        break;
      }
      if (!Crumbs.ofTrail(text).isEmpty() || "breadcrumb".equals(head.get(i).reason())) {
        start = i + 1;
      }
    }
    return start;
  }

  static boolean isTitle(PageLine line, int minWords) {
    String text = line.text().strip();
    int words = Scripts.wordLength(text);
    return words >= minWords
        && words <= MAX_WORDS
        && !line.isPicture()
        && !text.contains("@")
        && !text.contains("://")
        && !text.endsWith(".")
        && !text.endsWith(":")
        && !UiPhrases.isControl(text)
        && !UiPhrases.isMenuRow(text)
        && !ArticleHead.isDateLine(text)
        && !isCredit(text)
        && Crumbs.ofTrail(text).isEmpty()
        && Agencies.canonical(text) == null
        && !endsWithScore(text);
  }

  private static boolean isCredit(String text) {
    return Bylines.hasLead(text) || Bylines.readUnmarked(text) != null;
  }

  /** Scoreboard rows ("Harbor City 118") are not titles. */
  private static boolean endsWithScore(String text) {
    return Words.count(text) <= 4 && Character.isDigit(text.charAt(text.length() - 1));
  }
}
