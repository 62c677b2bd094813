package org.newsdedup.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads absolute dates in the forms news pages print them: {@code 2024-01-29}, {@code 30 January
 * 2024 13:49}, {@code Jan. 30, 2024}, {@code 30/01/2024}. Relative words ("on Monday") are never
 * dates here: without a year a date is not a publication date. Every pattern is bounded, so a
 * line of any length is read in linear time.
 */
public final class DateParser {
  /**
   * Month names and their usual abbreviations in English, French, German, Spanish, Italian,
   * Portuguese, Dutch and Arabic.
   */
  private static final Map<String, Integer> MONTHS = monthNames();
  private static final String MONTH = "(" + alternation(MONTHS.keySet()) + ")";
  /**
   * The first letters of the month names, as a look-ahead: a position where a month name cannot
   * start is turned away at once, where the alternation would try every name in turn.
   */
  private static final String MONTH_INITIAL = "(?=[" + initials(MONTHS.keySet()) + "])";
  /**
   * A time after the date: "13:49", ", 9.05am", " at 1:49 p.m.", " à 18h05", " - 10:15",
   * " / 06:47 PM", "14:12 Uhr", with an optional zone ("GMT+1", "EST", "+01:00").
   */
  private static final String TIME =
      "(?:(?:,? (?:at |à |um |a las |alle |às |om )?|\\s?[-–/|·]\\s?|,\\s?)(\\d{1,2})[:.h](\\d{2})"
          + "(?:\\s?([ap]\\.?m\\.?))?(?: Uhr)?" + Zones.PATTERN + ")?";

  private static final Pattern ISO =
      Pattern.compile(
          "(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::\\d{2})?(?:\\.\\d{1,9})?"
              + "(Z|[+-]\\d{2}:?\\d{2})?)?(?!\\d)");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|\\.)? (?:of |de |del )?" + MONTH
              + "\\.?,? (?:de |del )?(\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "\\b" + MONTH_INITIAL + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?!\\d|[/.]\\d)" + TIME,
          Pattern.CASE_INSENSITIVE);
  /** Japanese and Chinese dates: 2024年2月8日 17時30分. */
  private static final Pattern CJK =
      Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日(?:\\s?(\\d{1,2})[時:](\\d{2})分?)?");
  /** A time written before its date: "5:42 PM EST, Tue March 5, 2024", "14:30, 22 February 2024". */
  private static final Pattern TIME_BEFORE =
      Pattern.compile(
          "(\\d{1,2})[:.](\\d{2})(?:\\s?([ap]\\.?m\\.?))?" + Zones.PATTERN
              + ",?\\s(?:\\p{L}{2,9}\\.?,?\\s)?$",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_TIME_BEFORE_CHARS = 32;


  private static final int DATE_ONLY_LENGTH = "2024-01-30".length();
  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;

  private DateParser() {}

  /** Whether a lower-case word names a month in one of the languages read here. */
  static boolean isMonthName(String word) {
    return MONTHS.containsKey(word) && word.length() > 3;
  }

  private static Map<String, Integer> monthNames() {
    String[][] byMonth = {
      {"january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "gen",
        "janeiro", "januari", "يناير", "كانون الثاني"},
      {"february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "febbraio",
        "fevereiro", "fev", "fév", "februari", "فبراير", "شباط"},
      {"march", "mar", "mars", "märz", "mär", "marz", "marzo", "março", "marco", "maart", "mrt",
        "مارس", "آذار"},
      {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "أبريل", "ابريل", "نيسان"},
      {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "مايو", "أيار"},
      {"june", "jun", "juin", "juni", "junio", "giugno", "giu", "junho", "يونيو", "يونيه", "حزيران"},
      {"july", "jul", "juillet", "juil", "juli", "julio", "luglio", "lug", "julho", "يوليو",
        "يوليه", "تموز"},
      {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "أغسطس", "اغسطس", "آب"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "set", "setembro",
        "سبتمبر", "أيلول"},
      {"october", "oct", "octobre", "oktober", "octubre", "ottobre", "ott", "outubro", "out", "okt",
        "أكتوبر", "اكتوبر", "تشرين الأول"},
      {"november", "nov", "novembre", "noviembre", "novembro", "نوفمبر", "تشرين الثاني"},
      {"december", "dec", "déc", "décembre", "decembre", "dezember", "diciembre", "dic", "dicembre",
        "dezembro", "dez", "ديسمبر", "كانون الأول"}
    };
    Map<String, Integer> months = new HashMap<>();
    for (int month = 0; month < byMonth.length; month++) {
      for (String name : byMonth[month]) {
        months.put(name, month + 1);
      }
    }
    return Map.copyOf(months);
  }

  /** Longest names first, so "sept" is tried before "sep" and "june" before "jun". */
  private static String alternation(Set<String> names) {
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n));
    return String.join("|", sorted.stream().map(Pattern::quote).toList());
  }

  /** The distinct first letters of the names (all letters, so none needs quoting in a class). */
  private static String initials(Set<String> names) {
    StringBuilder initials = new StringBuilder();
    for (String name : new java.util.TreeSet<>(names)) {
      if (!Character.isLetter(name.charAt(0))) {
        throw new IllegalStateException("month name not starting with a letter: " + name);
      }
      if (initials.indexOf(name.substring(0, 1)) < 0) {
        initials.append(name.charAt(0));
      }
    }
    return initials.toString();
  }

  /**
   * The first absolute date in the line, or null. A match that is no real date ("31/02/2024", a
   * year outside 1990–2100) does not hide a real one later in the line: each pattern keeps looking,
   * and since each scans the line once, the cost stays linear.
   */
  public static @Nullable FoundDate find(String line, DateOrder order) {
    if (!hasFourDigits(line)) {
      return null;
    }
    Candidate best = null;
    Matcher iso = ISO.matcher(line);
    while (iso.find()) {
      FoundDate date =
          build(iso.group(0), iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5),
              null, iso.group(6));
      if (date != null) {
        best = new Candidate(date, iso.start(), true);
        break;
      }
    }
    best = earliest(best, DAY_MONTH_YEAR.matcher(line), m -> build(m.group(0), m.group(3),
        month(m.group(2)), m.group(1), m.group(4), m.group(5), m.group(6), m.group(7)));
    best = earliest(best, MONTH_DAY_YEAR.matcher(line), m -> build(m.group(0), m.group(3),
        month(m.group(1)), m.group(2), m.group(4), m.group(5), m.group(6), m.group(7)));
    best = earliest(best, NUMERIC.matcher(line), m -> numericDate(m, order));
    best = line.indexOf('年') < 0 ? best : earliest(best, CJK.matcher(line), m -> build(m.group(0), m.group(1), m.group(2),
        m.group(3), m.group(4), m.group(5), null, null));
    if (best == null) {
      return null;
    }
    return best.hasTime ? best.date : withTimeBefore(line, best);
  }

  /** {@link #find} with day-first numeric dates. */
  static @Nullable FoundDate findDayFirst(String line) {
    return find(line, DateOrder.DAY_FIRST);
  }

  /** Every date read here has a four-digit year: a line without four digits in a row has none. */
  private static boolean hasFourDigits(String line) {
    int run = 0;
    for (int i = 0; i < line.length(); i++) {
      run = Character.isDigit(line.charAt(i)) ? run + 1 : 0;
      if (run == 4) {
        return true;
      }
    }
    return false;
  }

  private record Candidate(FoundDate date, int start, boolean hasTime) {}

  /** Reads one pattern's first real date and keeps it when it starts before the best so far. */
  private static @Nullable Candidate earliest(
      @Nullable Candidate best, Matcher matcher, Function<Matcher, FoundDate> read) {
    int bound = best == null ? Integer.MAX_VALUE : best.start;
    while (matcher.find() && matcher.start() < bound) {
      FoundDate date = read.apply(matcher);
      if (date != null) {
        return new Candidate(date, matcher.start(), date.iso().length() > DATE_ONLY_LENGTH);
      }
    }
    return best;
  }

  /** A date without its own time takes the time written just before it, if there is one. */
  private static FoundDate withTimeBefore(String line, Candidate found) {
    int from = Math.max(0, found.start - MAX_TIME_BEFORE_CHARS);
    Matcher time = TIME_BEFORE.matcher(line.substring(from, found.start));
    if (!time.find()) {
      return found.date;
    }
    String day = found.date.iso();
    LocalDate date = LocalDate.parse(day);
    FoundDate timed =
        build(time.group(0) + found.date.matchedText(), String.valueOf(date.getYear()),
            String.valueOf(date.getMonthValue()), String.valueOf(date.getDayOfMonth()),
            time.group(1), time.group(2), time.group(3), time.group(4));
    return timed == null ? found.date : timed;
  }

  private static @Nullable FoundDate numericDate(Matcher m, DateOrder order) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    boolean dayFirst = first > 12 || (second <= 12 && order == DateOrder.DAY_FIRST);
    String day = dayFirst ? m.group(1) : m.group(2);
    String month = dayFirst ? m.group(2) : m.group(1);
    return build(m.group(0), m.group(3), month, day, m.group(4), m.group(5), m.group(6), m.group(7));
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.toLowerCase(Locale.ROOT)));
  }

  private static @Nullable FoundDate build(
      String matched,
      String year,
      String month,
      String day,
      @Nullable String hour,
      @Nullable String minute,
      @Nullable String meridiem,
      @Nullable String offset) {
    try {
      LocalDate date =
          LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
      if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
        return null;
      }
      if (hour == null || minute == null) {
        return new FoundDate(date.toString(), matched);
      }
      int h = Integer.parseInt(hour);
      int min = Integer.parseInt(minute);
      if (meridiem != null) {
        boolean pm = Character.toLowerCase(meridiem.charAt(0)) == 'p';
        h = (h % 12) + (pm ? 12 : 0);
      }
      if (h > 23 || min > 59) {
        return new FoundDate(date.toString(), matched);
      }
      String time = String.format(Locale.ROOT, "%sT%02d:%02d", date, h, min);
      return new FoundDate(time + normalizeOffset(offset), matched);
    } catch (DateTimeException | NumberFormatException notADate) {
      return null;
    }
  }

  private static String normalizeOffset(@Nullable String offset) {
    if (offset == null) {
      return "";
    }
    if (offset.equals("Z")) {
      return offset;
    }
    String iso = Zones.offset(offset);
    return iso == null ? "" : iso;
  }
}
