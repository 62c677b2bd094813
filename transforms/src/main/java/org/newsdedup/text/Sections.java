package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The section an article is filed under: the most specific crumb of the breadcrumb trail above
 * the headline; without a trail, a section label just above the headline that repeats an item of
 * the site's menu ("Politics" under a menu that lists Politics). A menu alone names no section.
 */
final class Sections {
  private static final int MAX_LABEL_WORDS = 4;

  private Sections() {}

  static @Nullable String find(List<PageLine> head, int headline) {
    int end = headline < 0 ? head.size() : headline;
    String fromTrail = null;
    List<String> breadcrumbLines = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      PageLine line = head.get(i);
      if ("breadcrumb".equals(line.reason())) {
        breadcrumbLines.addAll(Crumbs.ofBreadcrumbLine(line.text()));
        continue;
      }
      String specific = Crumbs.mostSpecific(Crumbs.ofTrail(line.text()));
      fromTrail = specific == null ? fromTrail : specific;
    }
    String fromBreadcrumbs = Crumbs.mostSpecific(breadcrumbLines);
    if (fromBreadcrumbs != null || fromTrail != null) {
      return fromTrail != null ? fromTrail : fromBreadcrumbs;
    }
    return headline < 0 ? null : labelAbove(head, headline);
  }

  /** The last line of the short-line run above the headline that repeats a menu item. */
  private static @Nullable String labelAbove(List<PageLine> head, int headline) {
    int top = headline;
    while (top > 0 && isLabel(head.get(top - 1))) {
      top--;
    }
    for (int i = top; i < headline; i++) {
      if (repeatsEarlierLine(head, i)) {
        String last = head.get(headline - 1).text().strip();
        return Crumbs.GENERIC.contains(last.toLowerCase(Locale.ROOT)) ? null : last;
      }
    }
    return null;
  }

  private static boolean isLabel(PageLine line) {
    String text = line.text().strip();
    return Words.count(text) <= MAX_LABEL_WORDS
        && !line.isPicture()
        && !UiPhrases.isControl(text)
        && (line.reason() == null || ArticleHead.HEADER_REASONS.contains(line.reason())
            || line.reason().equals("navigation"));
  }

  private static boolean repeatsEarlierLine(List<PageLine> head, int index) {
    String label = head.get(index).text().strip().toLowerCase(Locale.ROOT);
    if (label.isEmpty()) {
      return false;
    }
    for (int i = 0; i < index; i++) {
      String earlier = " " + head.get(i).text().strip().toLowerCase(Locale.ROOT) + " ";
      if (earlier.contains(" " + label + " ")) {
        return true;
      }
    }
    return false;
  }
}
