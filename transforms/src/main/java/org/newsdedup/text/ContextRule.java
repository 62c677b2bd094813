package org.newsdedup.text;

import java.util.Set;
import org.newsdedup.text.ProseJudge.LineClass;

/**
 * Decides every line the pattern rules left, by its own text ({@link ProseJudge}) and then by its
 * neighbours, as jusText does: a short line between two prose paragraphs is content (a
 * sub-heading, a one-line paragraph), a short line among furniture is furniture, and a run of
 * short lines is a menu or a headline list. Small furniture inside an article (a timestamp, a
 * share button, an "Advertisement" label, a photo credit) is looked through, so it does not cut
 * the article in two. A comment section ends the article: everything after its heading goes.
 * The markup of an HTML page weighs in: links, menus and footers, and the page's own
 * {@code <article>}.
 */
final class ContextRule implements LineRule {
  static final String SHORT_AMONG_FURNITURE = "short-line-among-furniture";
  static final String SHORT_LINE_RUN = "short-line-run";
  static final String NOT_PROSE = "not-prose";
  static final String COMMENTS = "comments-section";
  static final String LINK_DENSE = "link-dense";
  static final String FURNITURE_MARKUP = "furniture-markup";
  static final String OUTSIDE_ARTICLE = "outside-article";

  /** Furniture small enough to sit inside an article without ending it. */
  private static final Set<String> SEE_THROUGH =
      Set.of(ShareBarRule.REASON, "advertisement", ChromePatternRule.TIMESTAMP,
          ChromePatternRule.NO_WORDS, ChromePatternRule.PAGE_CONTROL, PhotoCreditRule.CREDIT,
          PhotoCreditRule.CAPTION, CaptionAltTextRule.REASON, IconAltTextRule.REASON,
          RepeatedLineRule.REASON, "read-more");
  private static final String COMMENT_HEADING = "comment-prompt";
  private static final int MAX_SHORT_RUN = 2;
  private static final double COMMENTS_AFTER_SHARE = 0.5;
  private static final double LINK_DENSE_SHARE = 0.5;
  private static final int HEADING_MAX_WORDS = 14;

  private final CleaningMode mode;

  ContextRule(CleaningMode mode) {
    this.mode = mode;
  }

  @Override
  public void apply(DocumentLines doc) {
    ProseJudge judge = ProseJudge.forDocument(doc);
    LineClass[] classes = new LineClass[doc.size()];
    String[] verdicts = new String[doc.size()];
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isKept(i)) {
        classes[i] = classifyAlone(doc, i, judge, verdicts);
      }
    }
    cutCommentSection(doc, classes);
    promoteBestWhenNoProse(doc, classes);
    resolveNearGood(doc, classes);
    resolveShort(doc, classes, verdicts, judge);
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isKept(i) && classes[i] != LineClass.GOOD) {
        doc.remove(i, verdicts[i] != null ? verdicts[i] : NOT_PROSE);
      }
    }
  }

  private LineClass classifyAlone(DocumentLines doc, int i, ProseJudge judge, String[] verdicts) {
    LineClass alone = judge.classify(doc.line(i), doc.words(i));
    PageStructure markup = doc.structure(i);
    if (markup.inFurniture()) {
      verdicts[i] = FURNITURE_MARKUP;
      return LineClass.BAD;
    }
    if (markup.linkDensity() > LINK_DENSE_SHARE && alone != LineClass.GOOD) {
      verdicts[i] = LINK_DENSE;
      return LineClass.BAD;
    }
    if (markup.outsideMarkedArticle() && (mode == CleaningMode.PRECISION || alone != LineClass.GOOD)
        && mode != CleaningMode.RECALL) {
      verdicts[i] = OUTSIDE_ARTICLE;
      return LineClass.BAD;
    }
    if (markup.heading() && alone != LineClass.GOOD) {
      return LineClass.SHORT;
    }
    if (alone == LineClass.BAD) {
      verdicts[i] = NOT_PROSE;
    }
    return alone;
  }

  /**
   * A comment section's heading ("Comments (14)", "Have your say") once most of the prose is
   * above it: readers' comments read like prose, so only their place tells them apart.
   */
  private static void cutCommentSection(DocumentLines doc, LineClass[] classes) {
    long total = 0;
    for (int i = 0; i < doc.size(); i++) {
      total += classes[i] == LineClass.GOOD ? doc.words(i) : 0;
    }
    long above = 0;
    for (int i = 0; i < doc.size(); i++) {
      if (COMMENT_HEADING.equals(doc.reason(i)) && above > COMMENTS_AFTER_SHARE * total) {
        for (int j = i + 1; j < doc.size(); j++) {
          doc.remove(j, COMMENTS);
        }
        return;
      }
      above += classes[i] == LineClass.GOOD && doc.isKept(i) ? doc.words(i) : 0;
    }
  }

  /**
   * A short article may have no line long enough to count as prose on its own: then its
   * probable paragraphs are its prose, rather than cleaning it to nothing.
   */
  private static void promoteBestWhenNoProse(DocumentLines doc, LineClass[] classes) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isKept(i) && classes[i] == LineClass.GOOD) {
        return;
      }
    }
    for (int i = 0; i < doc.size(); i++) {
      if (classes[i] == LineClass.NEAR_GOOD) {
        classes[i] = LineClass.GOOD;
      }
    }
  }

  /** A probable paragraph is kept when prose is its neighbour (in precision mode: both sides). */
  private void resolveNearGood(DocumentLines doc, LineClass[] classes) {
    LineClass[] before = nearest(doc, classes, -1, true);
    LineClass[] after = nearest(doc, classes, 1, true);
    LineClass[] beforeAny = nearest(doc, classes, -1, false);
    LineClass[] afterAny = nearest(doc, classes, 1, false);
    for (int i = 0; i < doc.size(); i++) {
      if (classes[i] != LineClass.NEAR_GOOD || !doc.isKept(i)) {
        continue;
      }
      boolean goodBefore = before[i] == LineClass.GOOD;
      boolean goodAfter = after[i] == LineClass.GOOD;
      boolean keep =
          switch (mode) {
            case PRECISION -> goodBefore && goodAfter;
            case BALANCED -> goodBefore || goodAfter;
            case RECALL -> beforeAny[i] != LineClass.BAD || afterAny[i] != LineClass.BAD
                || goodBefore || goodAfter;
          };
      classes[i] = keep ? LineClass.GOOD : LineClass.BAD;
    }
  }

  private void resolveShort(
      DocumentLines doc, LineClass[] classes, String[] verdicts, ProseJudge judge) {
    LineClass[] before = nearest(doc, classes, -1, true);
    LineClass[] after = nearest(doc, classes, 1, true);
    LineClass[] adjacentBefore = nearest(doc, classes, -1, false);
    LineClass[] adjacentAfter = nearest(doc, classes, 1, false);
    int[] runs = shortRuns(doc, classes);
    boolean pageUsesHeadings = false;
    LineClass[] resolved = classes.clone();
    for (int i = 0; i < doc.size(); i++) {
      if (classes[i] != LineClass.SHORT || !doc.isKept(i)) {
        continue;
      }
      boolean between = before[i] == LineClass.GOOD && after[i] == LineClass.GOOD;
      boolean sentenceNextToProse =
          mode != CleaningMode.PRECISION
              && (adjacentBefore[i] == LineClass.GOOD || adjacentAfter[i] == LineClass.GOOD)
              && judge.isSentence(doc.line(i), doc.words(i));
      if (between && (runs[i] <= MAX_SHORT_RUN || mode == CleaningMode.RECALL)) {
        resolved[i] = LineClass.GOOD;
        pageUsesHeadings |= isHeadingLike(doc, i);
      } else if (sentenceNextToProse) {
        resolved[i] = LineClass.GOOD;
      } else {
        resolved[i] = LineClass.BAD;
        verdicts[i] = between ? SHORT_LINE_RUN : SHORT_AMONG_FURNITURE;
      }
    }
    if (mode != CleaningMode.PRECISION && pageUsesHeadings) {
      for (int i = 0; i < doc.size(); i++) {
        if (resolved[i] == LineClass.BAD && classes[i] == LineClass.SHORT && runs[i] == 1
            && after[i] == LineClass.GOOD && isHeadingLike(doc, i) && seeThroughBefore(doc, i)) {
          resolved[i] = LineClass.GOOD;
        }
      }
    }
    System.arraycopy(resolved, 0, classes, 0, classes.length);
  }

  /**
   * On a page whose prose is broken up by sub-headings, a lone heading-like line right above a
   * paragraph is one of them even where furniture precedes it (the first slide's title under
   * the slide counter, a live blog's first entry title under its timestamp): that is what the
   * loop above rescues.
   */
  private static boolean seeThroughBefore(DocumentLines doc, int i) {
    int previous = doc.previousNonBlank(i);
    return previous >= 0 && !doc.isKept(previous) && SEE_THROUGH.contains(doc.reason(previous));
  }

  private static boolean isHeadingLike(DocumentLines doc, int i) {
    return doc.words(i) >= 1 && doc.words(i) <= HEADING_MAX_WORDS
        && !Sentences.endsSentence(doc.line(i));
  }

  /**
   * For each line, the class of the nearest line in direction {@code step} that is not
   * see-through furniture (and, when {@code skipShort}, not short or near-good either). A line
   * another rule took counts as furniture, and so does the edge of the document. One pass.
   */
  private static LineClass[] nearest(
      DocumentLines doc, LineClass[] classes, int step, boolean skipShort) {
    LineClass[] nearest = new LineClass[doc.size()];
    LineClass last = LineClass.BAD;
    int start = step > 0 ? doc.size() - 1 : 0;
    for (int i = start; i >= 0 && i < doc.size(); i -= step) {
      nearest[i] = last;
      if (doc.isBlank(i) || isSeeThrough(doc, i)) {
        continue;
      }
      if (!doc.isKept(i)) {
        last = LineClass.BAD;
      } else if (!skipShort
          || (classes[i] != LineClass.SHORT && classes[i] != LineClass.NEAR_GOOD)) {
        last = classes[i];
      }
    }
    return nearest;
  }

  /** For each short line, how many short lines stand together with it, furniture looked through. */
  private static int[] shortRuns(DocumentLines doc, LineClass[] classes) {
    int[] runs = new int[doc.size()];
    int runStart = -1;
    int length = 0;
    for (int i = 0; i <= doc.size(); i++) {
      boolean isShort = i < doc.size() && doc.isKept(i) && classes[i] == LineClass.SHORT;
      boolean passes = i < doc.size() && (doc.isBlank(i) || isSeeThrough(doc, i));
      if (isShort) {
        runStart = runStart < 0 ? i : runStart;
        length++;
      } else if (!passes && runStart >= 0) {
        for (int j = runStart; j < i; j++) {
          runs[j] = length;
        }
        runStart = -1;
        length = 0;
      }
    }
    return runs;
  }

  private static boolean isSeeThrough(DocumentLines doc, int j) {
    return !doc.isKept(j) && !doc.isBlank(j) && SEE_THROUGH.contains(doc.reason(j));
  }
}
