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
  private static final int KEPT_LINES_CHECKED = 6;
  private static final int MAX_OPENING_LINES = 60;
  private static final int MIN_UNSPACED_PARAGRAPH_CHARS = 40;
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
    List<String> body = new ArrayList<>(paragraphs);
    int opening = openingBeforeBody(paragraphs);
    if (opening > 0 && (lastHeader == 0 || hasHeadSignal(paragraphs.subList(0, opening)))) {
      for (String line : paragraphs.subList(0, opening)) {
        head.add(new PageLine(line, null));
      }
      body.subList(0, opening).clear();
    }
    moveLeadingCredits(head, body);
    for (String paragraph : body) {
      rest.add(new PageLine(paragraph, null));
    }
    return new ArticleHead(head, rest, body);
  }

  /**
   * How many kept lines come before the article proper: the first paragraph that another
   * paragraph follows (a lone standfirst or a cookie notice is followed by short lines).
   */
  private static int openingBeforeBody(List<String> paragraphs) {
    for (int i = 0; i < paragraphs.size() && i < MAX_OPENING_LINES; i++) {
      boolean nextIsParagraph = i + 1 == paragraphs.size() || isParagraph(paragraphs.get(i + 1));
      if (isParagraph(paragraphs.get(i)) && nextIsParagraph) {
        return i;
      }
    }
    return 0;
  }

  private static boolean hasHeadSignal(List<String> lines) {
    for (String line : lines) {
      if (Bylines.hasLead(line) || isDateLine(line) || !Crumbs.ofTrail(line).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** Bylines and date lines among the first kept lines, below a standfirst the cleaner kept. */
  private static void moveLeadingCredits(List<PageLine> head, List<String> body) {
    int paragraphsSeen = 0;
    for (int i = 0; i < Math.min(KEPT_LINES_CHECKED, body.size()); i++) {
      String line = body.get(i);
      boolean headLike = Words.count(line) <= MAX_KEPT_HEAD_WORDS
          && (Bylines.hasLead(line) || isDateLine(line) || Bylines.readUnmarked(line) != null);
      if (headLike && paragraphsSeen <= 1) {
        head.add(new PageLine(line, null));
        body.remove(i);
        i--;
      } else {
        paragraphsSeen++;
      }
    }
  }

  /**
   * A line that reads as a paragraph: long, or a sentence of ten words or more. Text without
   * spaces between words (Japanese, Chinese) is measured in characters instead.
   */
  static boolean isParagraph(String line) {
    int words = Words.count(line);
    return words >= 25
        || (words >= 10 && Sentences.endsSentence(line))
        || (Scripts.isUnspaced(line) && line.length() >= MIN_UNSPACED_PARAGRAPH_CHARS
            && Sentences.endsSentence(line));
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
