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
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads absolute dates in the forms news pages print them: {@code 2024-01-29}, {@code 30 January
 * 2024 13:49}, {@code Jan. 30, 2024}, {@code 30/01/2024}. Relative words ("on Monday") are never
 * dates here: without a year a date is not a publication date. Every pattern is bounded, so a
 * line of any length is read in linear time.
 */
public final class DateParser {
  /** Month names in English, French, German, Spanish, Italian, Portuguese and Dutch. */
  private static final Map<String, Integer> MONTHS = monthNames();
  private static final String MONTH = "(" + alternation(MONTHS.keySet()) + ")";
  private static final String TIME = "(?:,? (?:at )?(\\d{1,2})[:.](\\d{2})\\s?([ap]\\.?m\\.?)?)?";

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
          "\\b" + MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})" + TIME,
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d/.])(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?![\\d/.])");


  private static final int MIN_YEAR = 1990;
  private static final int MAX_YEAR = 2100;

  private DateParser() {}

  private static Map<String, Integer> monthNames() {
    String[][] byMonth = {
      {"january", "jan", "janvier", "januar", "enero", "gennaio", "janeiro", "januari"},
      {"february", "feb", "février", "fevrier", "februar", "febrero", "febbraio", "fevereiro",
        "februari"},
      {"march", "mar", "mars", "märz", "marz", "marzo", "março", "marco", "maart"},
      {"april", "apr", "avril", "abril", "aprile"},
      {"may", "mai", "mayo", "maggio", "maio", "mei"},
      {"june", "jun", "juin", "juni", "junio", "giugno", "junho"},
      {"july", "jul", "juillet", "juli", "julio", "luglio", "julho"},
      {"august", "aug", "août", "aout", "agosto", "augustus"},
      {"september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"},
      {"october", "oct", "octobre", "oktober", "octubre", "ottobre", "outubro", "okt"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {"december", "dec", "décembre", "decembre", "dezember", "diciembre", "dicembre", "dezembro",
        "dez"}
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

  /**
   * The first absolute date in the line, or null. A match that is no real date ("31/02/2024", a
   * year outside 1990–2100) does not hide a real one later in the line: each pattern keeps looking,
   * and since each scans the line once, the cost stays linear.
   */
  public static @Nullable FoundDate find(String line, DateOrder order) {
    FoundDate best = null;
    int bestStart = Integer.MAX_VALUE;
    Matcher iso = ISO.matcher(line);
    while (iso.find()) {
      FoundDate date =
          build(iso.group(0), iso.group(1), iso.group(2), iso.group(3), iso.group(4), iso.group(5),
              null, iso.group(6));
      if (date != null) {
        best = date;
        bestStart = iso.start();
        break;
      }
    }
    Matcher dmy = DAY_MONTH_YEAR.matcher(line);
    while (dmy.find() && dmy.start() < bestStart) {
      FoundDate date =
          build(dmy.group(0), dmy.group(3), month(dmy.group(2)), dmy.group(1), dmy.group(4),
              dmy.group(5), dmy.group(6), null);
      if (date != null) {
        best = date;
        bestStart = dmy.start();
        break;
      }
    }
    Matcher mdy = MONTH_DAY_YEAR.matcher(line);
    while (mdy.find() && mdy.start() < bestStart) {
      FoundDate date =
          build(mdy.group(0), mdy.group(3), month(mdy.group(1)), mdy.group(2), mdy.group(4),
              mdy.group(5), mdy.group(6), null);
      if (date != null) {
        best = date;
        bestStart = mdy.start();
        break;
      }
    }
    Matcher numeric = NUMERIC.matcher(line);
    while (numeric.find() && numeric.start() < bestStart) {
      FoundDate date = numericDate(numeric, order);
      if (date != null) {
        best = date;
        break;
      }
    }
    return best;
  }

  private static @Nullable FoundDate numericDate(Matcher m, DateOrder order) {
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    boolean dayFirst = first > 12 || (second <= 12 && order == DateOrder.DAY_FIRST);
    String day = dayFirst ? m.group(1) : m.group(2);
    String month = dayFirst ? m.group(2) : m.group(1);
    return build(m.group(0), m.group(3), month, day, null, null, null, null);
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
    if (offset.equals("Z") || offset.contains(":")) {
      return offset;
    }
    return offset.substring(0, 3) + ":" + offset.substring(3);
  }
}
