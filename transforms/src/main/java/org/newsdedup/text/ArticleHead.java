package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsdedup.model.RemovedLine;

/**
 * Splits a cleaned page into its head (the page from its top down to the article's first
 * paragraph: masthead, menu, breadcrumbs, headline, byline, date) and everything else (the
 * article and the page below it).
 *
 * <p>The cleaner's header rule removes every line above the first paragraph, so the head is the
 * removed lines up to the last one that rule claimed. Where the cleaner took a standfirst for the
 * first paragraph, a byline or date line can still open the kept text: such short lines among
 * the first few kept lines join the head.
 */
final class ArticleHead {
  static final Set<String> HEADER_REASONS =
      Set.of(HeaderRule.HEADLINE, HeaderRule.BYLINE, HeaderRule.DATE_LINE, HeaderRule.OTHER);
  private static final int KEPT_LINES_CHECKED = 4;
  private static final int MAX_KEPT_HEAD_WORDS = 12;

  private final List<PageLine> head;
  private final List<PageLine> rest;
  private final List<String> body;

  private ArticleHead(List<PageLine> head, List<PageLine> rest, List<String> body) {
    this.head = List.copyOf(head);
    this.rest = List.copyOf(rest);
    this.body = List.copyOf(body);
  }

  static ArticleHead of(List<String> paragraphs, List<RemovedLine> removedLines) {
    int lastHeader = 0;
    for (RemovedLine line : removedLines) {
      if (HEADER_REASONS.contains(line.reason)) {
        lastHeader = Math.max(lastHeader, line.lineNumber);
      }
    }
    List<PageLine> head = new ArrayList<>();
    List<PageLine> rest = new ArrayList<>();
    for (RemovedLine line : removedLines) {
      (line.lineNumber <= lastHeader ? head : rest).add(new PageLine(line.text, line.reason));
    }
    List<String> body = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      String paragraph = paragraphs.get(i);
      boolean headLike = i < KEPT_LINES_CHECKED && body.size() <= 1
          && Words.count(paragraph) <= MAX_KEPT_HEAD_WORDS
          && (Bylines.hasLead(paragraph) || isDateLine(paragraph)
              || Bylines.readUnmarked(paragraph) != null);
      if (headLike) {
        head.add(new PageLine(paragraph, null));
      } else {
        body.add(paragraph);
      }
    }
    if (lastHeader == 0) {
      moveOpeningShortLines(head, body);
    }
    for (String paragraph : body) {
      rest.add(new PageLine(paragraph, null));
    }
    return new ArticleHead(head, rest, body);
  }

  /**
   * With no header found by the cleaner, the short lines that open the kept text (site name,
   * menu, headline) are the head.
   */
  private static void moveOpeningShortLines(List<PageLine> head, List<String> body) {
    int opening = 0;
    while (opening < body.size() && !isParagraph(body.get(opening))) {
      opening++;
    }
    if (opening == body.size()) {
      return;
    }
    for (int i = 0; i < opening; i++) {
      head.add(i, new PageLine(body.get(i), null));
    }
    body.subList(0, opening).clear();
  }

  static boolean isParagraph(String line) {
    int words = Words.count(line);
    return words >= 25 || (words >= 10 && Sentences.endsSentence(line));
  }

  static boolean isDateLine(String line) {
    return Words.count(line) <= MAX_KEPT_HEAD_WORDS && DateParser.find(line, DateOrder.DAY_FIRST) != null;
  }

  /** The page above the article, top down. */
  List<PageLine> head() {
    return head;
  }

  /** The article's paragraphs and the removed lines below the head. */
  List<PageLine> rest() {
    return rest;
  }

  /** The article's paragraphs without the head lines that opened the kept text. */
  List<String> body() {
    return body;
  }
}
