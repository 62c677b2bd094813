package org.newsdedup.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads the dateline that opens a news article: "ISLAMABAD (Reuters) -", Reuters' "ISLAMABAD,
 * Jan 30 (Reuters) -", "CALDER SPRINGS, Okla. (AP) —", "Madrid, 25 feb (EFE).-", "(Bloomberg)
 * --", "Berlin (dpa) -", "(ANSA) - PERUGIA, 12 MAR -", "WINNIPEG —", "Reuters: ...". Every
 * quantifier is bounded, so a long first paragraph costs no more than its first hundred
 * characters.
 */
public final class Datelines {
  /** A dateline: its text as written, the place, and the agency by canonical name. */
  public record Dateline(String text, @Nullable String place, @Nullable String agency) {}

  private static final String PLACE = "\\p{Lu}[\\p{L}\\p{M}.'’ -]{0,40}?";
  private static final Pattern WITH_CREDIT =
      Pattern.compile(
          "^(?:(" + PLACE + ")(?:,\\s?([^()\\n]{1,30}?))?\\s)?\\(([^()]{2,40})\\)"
              + "(?:\\s?(?:[-–—:]{1,2}|\\.-)\\s?(?:(\\p{Lu}[\\p{Lu}\\p{M} .'’-]{1,40}?),\\s?[^-–—]{1,20}?"
              + "\\s[-–—]{1,2}\\s)?|\\s(?=\\p{Lu}))");
  private static final Pattern CAPITALS_ONLY =
      Pattern.compile("^(\\p{Lu}[\\p{Lu}\\p{M}.'’ -]{1,40}?)(?:,\\s?([^-–—\\n]{1,30}?))?\\s[-–—]{1,2}\\s");
  private static final Pattern AGENCY_PREFIX = Pattern.compile("^([\\p{L} .-]{2,30}):\\s");
  private static final Pattern MONTH_START =
      Pattern.compile("(?iu)^(?:\\d{1,2}\\s)?\\p{L}{3,9}\\.?\\s?\\d{1,2}\\b|^\\d{1,2}\\s\\p{L}{3,9}\\b");
  private static final int MAX_READ_CHARS = 160;

  private Datelines() {}

  public static @Nullable Dateline read(String opening) {
    String head = opening.length() > MAX_READ_CHARS ? opening.substring(0, MAX_READ_CHARS) : opening;
    Matcher credit = WITH_CREDIT.matcher(head);
    if (credit.find()) {
      String agency = Agencies.canonical(credit.group(3));
      String place = credit.group(1) != null ? placeOf(credit.group(1), credit.group(2)) : credit.group(4);
      return new Dateline(credit.group().strip(), place, agency);
    }
    Matcher capitals = CAPITALS_ONLY.matcher(head);
    if (capitals.find() && capitals.group(1).strip().length() >= 3) {
      return new Dateline(capitals.group().strip(), placeOf(capitals.group(1), capitals.group(2)), null);
    }
    Matcher prefix = AGENCY_PREFIX.matcher(head);
    if (prefix.find()) {
      String agency = Agencies.canonical(prefix.group(1));
      if (agency != null) {
        return new Dateline(prefix.group().strip(), null, agency);
      }
    }
    return null;
  }

  /** "CALDER SPRINGS" with "Okla." is one place; with "Feb 21" the second part is a date. */
  private static String placeOf(String place, @Nullable String qualifier) {
    String bare = place.strip();
    if (qualifier == null || MONTH_START.matcher(qualifier.strip()).find()
        || qualifier.strip().chars().anyMatch(Character::isDigit)) {
      return bare;
    }
    return bare + ", " + qualifier.strip();
  }
}
