package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The outlet whose page an article is on, from its masthead (the first line of the page) and its
 * copyright notice ("© 2024 The Northern Courier Ltd. Registered in England and Wales."). The
 * two usually agree; the masthead gives the name as the outlet writes it, the notice confirms it
 * and is the only source when the masthead is missing or is a logo. A notice that names a wire
 * agency is about the agency's content, not the page.
 */
final class Publishers {
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?iu)(?:©|\\(c\\)|\\bcopyright\\b)\\s?(?:copyright\\s)?(?:©\\s?)?"
              + "(?:\\d{4}(?:\\s?[-–]\\s?\\d{4})?\\s?)?([^|©]{2,80})");
  /** "Diario Sur 2024. Todos los derechos reservados": the name before the year. */
  private static final Pattern NAME_THEN_YEAR =
      Pattern.compile("^([^©|]{2,60}?)\\s?(?:©\\s?)?\\d{4}\\.?(?:\\s.{0,60})?$");
  /**
   * The look-behinds make a match start where its run of spaces (or commas) starts, as the
   * leftmost match does anyway: without them, a search tries every position of a long run of
   * spaces and takes time quadratic in its length.
   */
  private static final Pattern RIGHTS =
      Pattern.compile(
          "(?iu)(?<!\\s)\\s*(?:[.,|-]\\s*)?(?:all rights reserved|tous droits réservés|todos los derechos "
              + "reservados|todos os direitos reservados|alle rechte vorbehalten|tutti i diritti "
              + "riservati|alle rechten voorbehouden|جميع الحقوق محفوظة|riproduzione riservata).*$");
  /** Where the name ends: a sentence break, a dash, or a clause ("a division of", "Part of"). */
  private static final Pattern TAIL =
      Pattern.compile(
          "(?u)(?:\\.\\s+\\p{Lu}.*|\\s[-–—|]\\s.*|,\\s(?:a |an |part of|published by|registered"
              + ").*|\\s\\d{4}\\b.*|\\s\\(.*)$");
  private static final Pattern COMPANY_SUFFIX =
      Pattern.compile(
          "(?iu)(?<![,\\s])[,\\s]+(?:ltd|limited|inc|llc|plc|gmbh|ag|s\\.a|b\\.v|n\\.v|corp|corporation|co|"
              + "company|l\\.p|pty|publishing|publications|media group|group|holdings)\\.?$");
  private static final Pattern LOGO = Pattern.compile("(?iu)^(.{2,40}?)\\s(?:logo|masthead)$");
  private static final Pattern READ_MORE_FROM =
      Pattern.compile("(?iu)^(?:read|see) more (?:from|at)\\s+(\\p{Lu}.{1,58}?)\\s*$");
  private static final Pattern TRAILING_MARKS = Pattern.compile("[.,;:©]+$");
  private static final Pattern ARTICLE =
      Pattern.compile("^(?:the|le|la|les|l'|der|die|das|het|de|el|il|o|a)\\s?");
  private static final int MAX_MASTHEAD_WORDS = 6;
  private static final int MIN_COMMON_PREFIX = 3;
  private static final int MAX_NOTICE_LINE_CHARS = 400;

  private Publishers() {}

  /** The publisher; {@code headline} is the headline's index in the head (-1 when none). */
  static @Nullable String find(List<PageLine> head, int headline, List<PageLine> rest) {
    String masthead = null;
    String logo = null;
    int end = headline < 0 ? head.size() : headline;
    for (PageLine line : head.subList(0, end)) {
      String text = line.text().strip();
      Matcher logoLine = LOGO.matcher(text);
      if (logoLine.matches()) {
        logo = logo == null ? logoLine.group(1) : logo;
        continue;
      }
      boolean furniture = line.isPicture() || UiPhrases.isControl(text)
          || (line.reason() != null && !ArticleHead.HEADER_REASONS.contains(line.reason()));
      if (!furniture) {
        masthead = isMastheadCandidate(line) ? text : null;
        break;
      }
    }
    List<String> notices = new ArrayList<>();
    String readMore = null;
    for (List<PageLine> lines : List.of(head, rest)) {
      for (PageLine line : lines) {
        String name = noticeName(line.text());
        if (name != null) {
          notices.add(name);
        }
        Matcher more = READ_MORE_FROM.matcher(line.text().strip());
        if (readMore == null && more.matches()) {
          readMore = more.group(1);
        }
      }
    }
    return choose(masthead, logo, notices, readMore);
  }

  private static @Nullable String choose(
      @Nullable String masthead, @Nullable String logo, List<String> notices,
      @Nullable String readMore) {
    if (masthead != null) {
      for (String notice : notices) {
        if (related(masthead, notice)) {
          return isAllCapitals(masthead) ? casedLike(masthead, notice) : masthead;
        }
      }
    }
    if (logo != null) {
      for (String notice : notices) {
        if (related(logo, notice)) {
          return notice;
        }
      }
    }
    if (!notices.isEmpty()) {
      return notices.get(notices.size() - 1);
    }
    if (readMore != null) {
      return readMore;
    }
    return masthead;
  }

  /** The first line of the page when it is short and reads as a name, not a control or a date. */
  private static boolean isMastheadCandidate(PageLine line) {
    String text = line.text().strip();
    return !text.isEmpty()
        && Words.count(text) <= MAX_MASTHEAD_WORDS
        && !line.isPicture()
        && !UiPhrases.isControl(text)
        && !LOGO.matcher(text).matches()
        && !ArticleHead.isDateLine(text)
        && !Sentences.endsSentence(text)
        && Crumbs.ofTrail(text).isEmpty()
        && !Crumbs.GENERIC.contains(text.toLowerCase(Locale.ROOT))
        && (line.reason() == null || ArticleHead.HEADER_REASONS.contains(line.reason()));
  }

  /** The outlet a copyright notice names, with years, rights and company suffixes taken off. */
  static @Nullable String noticeName(String line) {
    if (line.length() > MAX_NOTICE_LINE_CHARS || !mayBeNotice(line)) {
      return null;
    }
    String text = line.strip();
    String name = null;
    Matcher notice = NOTICE.matcher(text);
    if (notice.find()) {
      name = notice.group(1);
      if (notice.start() > 0 && tidy(name) == null) {
        name = text.substring(0, notice.start());
      }
    } else if (RIGHTS.matcher(text).find()) {
      Matcher beforeYear = NAME_THEN_YEAR.matcher(RIGHTS.matcher(text).replaceFirst(""));
      name = beforeYear.matches() ? beforeYear.group(1) : null;
    }
    String tidied = name == null ? null : tidy(name);
    return tidied == null || Agencies.firstMentioned(tidied) != null ? null : tidied;
  }

  /** A cheap test that skips lines without any sign of a copyright or rights notice. */
  private static boolean mayBeNotice(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return line.indexOf('©') >= 0 || lower.contains("(c)") || lower.contains("copyright")
        || lower.contains("reserv") || lower.contains("vorbehalten") || lower.contains("الحقوق");
  }

  private static @Nullable String tidy(String raw) {
    String name = RIGHTS.matcher(raw).replaceFirst("");
    name = TAIL.matcher(name.strip()).replaceFirst("");
    for (int i = 0; i < 2; i++) {
      name = COMPANY_SUFFIX.matcher(name.strip()).replaceFirst("");
    }
    name = TRAILING_MARKS.matcher(name.strip()).replaceFirst("").strip();
    return name.isEmpty() || !name.codePoints().anyMatch(Character::isLetter) ? null : name;
  }

  /** Whether two names are one outlet's: one holds the other, or they share a leading word. */
  static boolean related(String a, String b) {
    String x = core(a);
    String y = core(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.contains(y) || y.contains(x)) {
      return true;
    }
    String firstX = x.split(" ")[0];
    String firstY = y.split(" ")[0];
    if (firstX.length() >= 3 && firstX.equals(firstY)) {
      return true;
    }
    int common = 0;
    while (common < Math.min(x.length(), y.length()) && x.charAt(common) == y.charAt(common)) {
      common++;
    }
    return common >= MIN_COMMON_PREFIX && common * 2 >= Math.min(x.length(), y.length());
  }

  private static String core(String name) {
    return ARTICLE.matcher(name.toLowerCase(Locale.ROOT)).replaceFirst("").strip();
  }

  private static boolean isAllCapitals(String text) {
    return text.equals(text.toUpperCase(Locale.ROOT)) && !text.equals(text.toLowerCase(Locale.ROOT));
  }

  /** The masthead as the notice writes it ("THE CAPITAL LEDGER" → "The Capital Ledger"). */
  private static String casedLike(String masthead, String notice) {
    int at = notice.toLowerCase(Locale.ROOT).indexOf(masthead.toLowerCase(Locale.ROOT));
    return at < 0 ? notice : notice.substring(at, at + masthead.length());
  }
}
