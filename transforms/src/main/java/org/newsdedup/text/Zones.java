package org.newsdedup.text;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Time zones as news pages print them after a time: an offset ("+01:00", "-0500"), GMT or UTC
 * with an offset ("GMT+1"), or one of the common abbreviations ("EST", "CET"). Each is turned into
 * the ISO-8601 offset it stands for. Ambiguous abbreviations (IST, CST in Asia) are read the way
 * English-language news uses them most.
 */
final class Zones {
  private static final Map<String, String> OFFSET_BY_ABBREVIATION =
      Map.ofEntries(
          Map.entry("GMT", "+00:00"), Map.entry("UTC", "+00:00"), Map.entry("BST", "+01:00"),
          Map.entry("CET", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("EET", "+02:00"),
          Map.entry("EEST", "+03:00"), Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"),
          Map.entry("CST", "-06:00"), Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"),
          Map.entry("MDT", "-06:00"), Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"),
          Map.entry("IST", "+05:30"), Map.entry("PKT", "+05:00"), Map.entry("JST", "+09:00"),
          Map.entry("KST", "+09:00"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"),
          Map.entry("MSK", "+03:00"));

  /** One optional capturing group: the zone as written. Case-sensitive, so "est" is a word. */
  static final String PATTERN =
      "(?:\\s?(?-i:((?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|[+-]\\d{2}:?\\d{2}|"
          + "AEST|AEDT|CEST|EEST|GMT|UTC|BST|CET|EET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|PKT|JST"
          + "|KST|MSK))\\b)?";

  private static final Pattern SHIFTED = Pattern.compile("(?:GMT|UTC)?([+-])(\\d{1,2}):?(\\d{2})?");

  private Zones() {}

  /** The ISO-8601 offset of a zone matched by {@link #PATTERN} ("GMT+1" → "+01:00"). */
  static @Nullable String offset(@Nullable String zone) {
    if (zone == null) {
      return null;
    }
    String named = OFFSET_BY_ABBREVIATION.get(zone.toUpperCase(Locale.ROOT));
    if (named != null) {
      return named;
    }
    Matcher shifted = SHIFTED.matcher(zone);
    if (!shifted.matches()) {
      return null;
    }
    int hours = Integer.parseInt(shifted.group(2));
    int minutes = shifted.group(3) == null ? 0 : Integer.parseInt(shifted.group(3));
    if (hours > 14 || minutes > 59) {
      return null;
    }
    return String.format(Locale.ROOT, "%s%02d:%02d", shifted.group(1), hours, minutes);
  }
}
