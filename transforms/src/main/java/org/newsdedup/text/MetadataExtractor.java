package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.RemovedLine;

/**
 * Reads an article's metadata from the lines the cleaner set aside (headline, byline, date and
 * breadcrumb lines, page furniture that carries a date or the site's name) and from the opening
 * of the article itself (a dateline such as "ISLAMABAD (Reuters) -"). Lines that describe a
 * picture are never read for credits: an agency in a photo credit did not write the text.
 */
public final class MetadataExtractor {
  private static final Set<String> CAPTION_REASONS =
      Set.of("photo-caption", "photo-credit", "image-alt-text");
  private static final Set<String> GENERIC_SECTIONS =
      Set.of("home", "news", "slideshow", "gallery", "video", "videos", "article", "articles",
          "story", "stories", "latest", "photos", "live");

  private static final Pattern DATELINE =
      Pattern.compile("^(?:[\\p{Lu}][\\p{Lu} .,'-]{1,40}\\s*)?\\(([^()]{2,40})\\)\\s*[-–—:]");
  private static final Pattern AGENCY_PREFIX = Pattern.compile("^([\\p{L} .-]{2,30}):\\s");
  private static final Pattern READ_MORE_FROM =
      Pattern.compile("(?i)^(?:read|see) more (?:from|at|on)\\s+(.{2,60}?)\\s*$");
  private static final Pattern COPYRIGHT =
      Pattern.compile(
          "(?i)^(?:copyright\\s*)?(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*)?"
              + "(.{2,60}?)(?:\\.|,)?(?:\\s*all rights reserved\\.?)?\\s*$");
  private static final Pattern COMPANY_SUFFIX =
      Pattern.compile("(?i)[,\\s]+(?:ltd|limited|inc|llc|plc|gmbh|corp|corporation|co)\\.?$");

  private static final Pattern NUMBERED_CRUMB = Pattern.compile("\\d{1,2}\\.\\s*(.+)");
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s*[/>»›|]\\s*|\\s+");
  private static final int MAX_DATE_LEAD_CHARS = 20;
  private static final int MAX_DATE_LINE_WORDS = 12;

  private MetadataExtractor() {}

  public static Metadata extract(
      List<String> paragraphs, List<RemovedLine> removedLines, DateOrder dateOrder) {
    String title = null;
    FoundDate date = null;
    String dateSource = null;
    List<String> authors = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    String publisher = null;

    for (RemovedLine line : removedLines) {
      if (CAPTION_REASONS.contains(line.reason)) {
        continue;
      }
      switch (line.reason) {
        case HeaderRule.HEADLINE -> title = title == null ? line.text : title;
        case HeaderRule.BYLINE -> {
          Bylines.Credit credit = Bylines.read(line.text);
          addAll(authors, credit.authors());
          addAll(agencies, credit.agencies());
        }
        default -> { }
      }
      if (date == null) {
        date = pageDate(line.text, dateOrder);
        dateSource = date == null ? null : line.text;
      }
      if (publisher == null) {
        publisher = publisherIn(line.text);
      }
    }
    String section = sectionOf(removedLines);
    if (!paragraphs.isEmpty()) {
      String opening = paragraphs.get(0);
      addIfPresent(agencies, datelineAgency(opening));
      if (date == null) {
        date = datelineDate(opening, dateOrder);
        dateSource = date == null ? null : opening;
      }
      String last = paragraphs.get(paragraphs.size() - 1);
      if (publisher == null) {
        publisher = publisherIn(last);
      }
    }
    return new Metadata(title, date, dateSource, authors, agencies, publisher, section);
  }

  private static @Nullable String datelineAgency(String opening) {
    Matcher dateline = DATELINE.matcher(opening);
    if (dateline.find()) {
      return Agencies.canonical(dateline.group(1));
    }
    Matcher prefix = AGENCY_PREFIX.matcher(opening);
    return prefix.find() ? Agencies.canonical(prefix.group(1)) : null;
  }

  /** A date in the dateline only: dates later in the paragraph are about events, not the page. */
  private static @Nullable FoundDate datelineDate(String opening, DateOrder dateOrder) {
    Matcher dateline = DATELINE.matcher(opening);
    return dateline.find() ? DateParser.find(opening.substring(0, dateline.end()), dateOrder) : null;
  }

  static @Nullable String publisherIn(String line) {
    if (line.length() > 120) {
      return null;
    }
    Matcher readMore = READ_MORE_FROM.matcher(line);
    if (readMore.matches()) {
      return readMore.group(1);
    }
    Matcher copyright = COPYRIGHT.matcher(line);
    if (copyright.matches() && (line.contains("©") || line.toLowerCase(Locale.ROOT).contains("copyright")
        || line.toLowerCase(Locale.ROOT).startsWith("(c)"))) {
      String name = COMPANY_SUFFIX.matcher(copyright.group(1).strip()).replaceFirst("");
      return name.isBlank() ? null : name;
    }
    return null;
  }

  /**
   * A date that leads its line ("date 2024-01-29 ...", "- 30 January 2024 13:49") or sits in a
   * short line. Dates deep inside long lines are about events or other stories.
   */
  private static @Nullable FoundDate pageDate(String line, DateOrder dateOrder) {
    FoundDate date = DateParser.find(line, dateOrder);
    if (date == null) {
      return null;
    }
    boolean leads = line.indexOf(date.matchedText()) <= MAX_DATE_LEAD_CHARS;
    return leads || Words.count(line) <= MAX_DATE_LINE_WORDS ? date : null;
  }

  /**
   * The most specific crumb of the breadcrumb trail, inline ("Home News World" → World) or
   * scraped as a numbered list ("1. Home", "2. /", "3. Politics", ...).
   */
  private static @Nullable String sectionOf(List<RemovedLine> removedLines) {
    List<String> crumbs = new ArrayList<>();
    for (RemovedLine line : removedLines) {
      if (!line.reason.equals(BreadcrumbRule.REASON)) {
        continue;
      }
      Matcher item = NUMBERED_CRUMB.matcher(line.text);
      if (item.matches()) {
        crumbs.add(item.group(1));
      } else {
        crumbs.addAll(List.of(CRUMB_SEPARATOR.split(line.text)));
      }
    }
    return lastSpecific(crumbs);
  }

  /** The last crumb that names a section: not generic, not the article's own (cut) title. */
  private static @Nullable String lastSpecific(List<String> crumbs) {
    String found = null;
    for (String crumb : crumbs) {
      boolean isTitle = crumb.endsWith("...") || crumb.endsWith("…") || Words.count(crumb) > 3;
      if (!CRUMB_SEPARATOR.matcher(crumb).matches() && !crumb.isBlank() && !isTitle && !GENERIC_SECTIONS.contains(crumb.toLowerCase(Locale.ROOT))) {
        found = crumb;
      }
    }
    return found;
  }

  private static void addAll(List<String> into, List<String> values) {
    for (String value : values) {
      addIfPresent(into, value);
    }
  }

  private static void addIfPresent(List<String> into, @Nullable String value) {
    if (value != null && !into.contains(value)) {
      into.add(value);
    }
  }
}
