package org.newsdedup.eval;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Wraps an article's paragraphs in the page of one of a few made-up outlets, the way a scraper's
 * page-to-text step gives it: masthead and menu, breadcrumb trail, headline, byline and date,
 * share bar, a slide counter on slideshow pages, prompts and a footer of links, and a list of
 * other headlines. The furniture is in the forms the cleaner is built to recognise (the
 * cleaner's own accuracy is measured by {@code evaluate cleaning}), so that this corpus measures
 * the grouping rather than the cleaner. Every outlet's
 * furniture is the same on each of its pages, so pages of different articles from one outlet
 * share a long run of lines.
 */
final class PageChrome {
  /** One outlet's fixed furniture. */
  private record Outlet(
      String name, List<String> menu, String section, String dateFormat, List<String> footer) {}

  private static final List<Outlet> OUTLETS =
      List.of(
          new Outlet(
              "The Harbour Gazette",
              List.of("Menu", "Search", "News", "World", "Business", "Sport", "Opinion"),
              "Home > News > World",
              "'Published' d MMMM yyyy",
              List.of(
                  "Advertisement",
                  "Sign up for our free newsletter",
                  "Contact us | Advertise | Terms of use | Privacy policy | Cookie settings")),
          new Outlet(
              "Daily Ledger Online",
              List.of("Home", "Latest", "Politics", "Economy", "Science", "Culture", "Subscribe"),
              "Home / Latest / Top stories",
              "MMMM d, yyyy",
              List.of(
                  "Get the Ledger's evening newsletter",
                  "About us | Careers | Corrections | Terms and conditions | Privacy")),
          new Outlet(
              "Northfield Post",
              List.of("Skip to content", "Main menu", "Local", "National", "International",
                  "Weather", "Obituaries"),
              "Home > International",
              "'date' yyyy-MM-dd",
              List.of(
                  "Advertisement",
                  "Leave a comment",
                  "Contact the newsroom | Corrections | Privacy notice | Cookie policy")),
          new Outlet(
              "Metro Wire Today",
              List.of("Menu", "Top Stories", "World", "Money", "Tech", "Sports", "Video"),
              "Home › World › Latest",
              "'Updated:' dd/MM/yyyy",
              List.of(
                  "Subscribe to our free email alerts",
                  "Terms | Privacy | Cookie policy | Accessibility | Site map")));

  private static final List<String> SHARE_BAR =
      List.of("Share this article", "Facebook", "X", "WhatsApp", "Email", "Copy link");

  private PageChrome() {}

  static int outletCount() {
    return OUTLETS.size();
  }

  /**
   * The page of one article at outlet {@code outlet}; a null byline or date leaves that line
   * out; {@code slide} (as "2 / 4") marks one page of a slideshow.
   */
  static String page(
      int outlet,
      String headline,
      @Nullable String byline,
      @Nullable LocalDate date,
      List<String> paragraphs,
      List<String> otherHeadlines,
      @Nullable String slide) {
    Outlet o = OUTLETS.get(outlet);
    List<String> lines = new ArrayList<>();
    lines.add(o.name());
    lines.addAll(o.menu());
    lines.add(o.section());
    lines.add(headline);
    if (byline != null) {
      lines.add("By " + byline);
    }
    if (date != null) {
      lines.add(date.format(DateTimeFormatter.ofPattern(o.dateFormat(), Locale.ENGLISH)));
    }
    lines.addAll(SHARE_BAR);
    if (slide != null) {
      lines.add(slide);
    }
    lines.addAll(paragraphs);
    lines.addAll(o.footer());
    if (!otherHeadlines.isEmpty()) {
      lines.add("More from " + o.name());
      for (String other : otherHeadlines) {
        lines.add("•");
        lines.add(other);
      }
    }
    return String.join("\n", lines) + "\n";
  }
}
