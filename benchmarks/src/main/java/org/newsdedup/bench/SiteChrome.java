package org.newsdedup.bench;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The page around an article on one of {@value #SITES} made-up news sites, as a scraper's
 * page-to-text step leaves it: name and menu, breadcrumbs, headline, byline and date, share bar,
 * then after the article an advertisement label, a "Read more" list, a newsletter prompt, footer
 * links and a copyright line. A site's menu, breadcrumbs and footer are the same on all of its
 * pages, as real sites share one template across thousands of articles.
 */
final class SiteChrome {
  static final int SITES = 40;
  private static final String[] PLACES = {
    "Harbour", "Northfield", "Riverside", "Eastgate", "Westmoor", "Lakeview", "Kingsbridge",
    "Stonehaven", "Fairport", "Millbrook"
  };
  private static final String[] TITLES = {"Gazette", "Post", "Herald", "Ledger"};
  private static final String[] MENU = {
    "News", "World", "Business", "Sport", "Opinion", "Culture", "Science", "Politics", "Money",
    "Tech", "Video", "Weather", "Local", "Travel", "Obituaries"
  };
  private static final String[] SECTIONS = {"World", "Politics", "Business", "Economy", "Local"};
  private static final String[] SURNAMES = {
    "Hart", "Berg", "Nair", "Okafor", "Ferraro", "Moreau", "Lindqvist", "Haddad", "Kowalski",
    "Tanaka", "Mensah", "Duarte"
  };
  private static final String[] FIRST_NAMES = {
    "Amelia", "Jonas", "Priya", "Tom", "Lucia", "Daniel", "Sara", "Omar", "Ingrid", "Kenji"
  };
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

  private final String name;
  private final List<String> menu;
  private final String breadcrumbs;

  private SiteChrome(String name, List<String> menu, String breadcrumbs) {
    this.name = name;
    this.menu = menu;
    this.breadcrumbs = breadcrumbs;
  }

  /** Site number {@code site} (0 to {@value #SITES} - 1): the same site for the same number. */
  static SiteChrome site(int site) {
    SplittableRandom random = new SplittableRandom(0x5173L * (site + 1));
    String name = "The " + PLACES[site % PLACES.length] + " " + TITLES[site / PLACES.length % TITLES.length];
    List<String> menu = new ArrayList<>(List.of("Menu", "Search"));
    int items = 5 + random.nextInt(4);
    int first = random.nextInt(MENU.length);
    for (int i = 0; i < items; i++) {
      menu.add(MENU[(first + i) % MENU.length]);
    }
    String section = SECTIONS[random.nextInt(SECTIONS.length)];
    return new SiteChrome(name, menu, "Home > News > " + section);
  }

  static String author(SplittableRandom random) {
    return FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
        + SURNAMES[random.nextInt(SURNAMES.length)];
  }

  /** The page: this site's furniture around the headline, byline, date and paragraphs. */
  String page(
      String headline, String author, LocalDate date, List<String> paragraphs, List<String> related) {
    StringBuilder page = new StringBuilder();
    line(page, name);
    menu.forEach(item -> line(page, item));
    line(page, breadcrumbs);
    line(page, headline);
    line(page, "By " + author);
    line(page, "Published " + DATE.format(date));
    line(page, "Share on Facebook | Share on X | Email");
    paragraphs.forEach(paragraph -> line(page, paragraph));
    line(page, "Advertisement");
    related.forEach(title -> line(page, "Read more: " + title));
    line(page, "Sign up for our free newsletter");
    line(page, "Contact us | Advertise | Privacy policy | Terms of use | Cookie settings");
    line(page, "© " + date.getYear() + " " + name + ". All rights reserved.");
    return page.toString();
  }

  private static void line(StringBuilder page, String text) {
    page.append(text).append('\n');
  }
}
