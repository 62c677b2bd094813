package org.newsdedup.text;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The wire agencies news text credits, each under one canonical name whatever spelling the page
 * used ("AP", "The Associated Press" and "Associated Press" are one agency).
 */
public final class Agencies {
  private static final Map<String, String> CANONICAL_BY_VARIANT = new LinkedHashMap<>();

  static {
    add("Reuters", "Reuters", "Thomson Reuters");
    add("Associated Press", "AP", "Associated Press", "The Associated Press");
    add("AFP", "AFP", "Agence France-Presse", "Agence France Presse");
    add("Press Association", "PA", "Press Association", "PA Media", "The Press Association");
    add("Bloomberg", "Bloomberg", "Bloomberg News");
    add("Xinhua", "Xinhua", "Xinhua News Agency");
    add("dpa", "dpa", "DPA", "Deutsche Presse-Agentur");
    add("ANI", "ANI", "Asian News International");
    add("PTI", "PTI", "Press Trust of India");
    add("IANS", "IANS");
    add("UPI", "UPI", "United Press International");
    add("EFE", "EFE", "Agencia EFE");
    add("ANSA", "ANSA");
    add("Kyodo", "Kyodo", "Kyodo News");
    add("Yonhap", "Yonhap", "Yonhap News Agency");
    add("TASS", "TASS");
    add("Anadolu", "Anadolu", "Anadolu Agency");
    add("AAP", "AAP", "Australian Associated Press");
    add("Canadian Press", "The Canadian Press", "Canadian Press");
    add("Interfax", "Interfax");
  }

  private static final Pattern ANY_VARIANT = anyVariant();

  private Agencies() {}

  private static void add(String canonical, String... variants) {
    for (String variant : variants) {
      CANONICAL_BY_VARIANT.put(variant.toLowerCase(Locale.ROOT), canonical);
    }
  }

  private static Pattern anyVariant() {
    StringBuilder alternatives = new StringBuilder();
    CANONICAL_BY_VARIANT.keySet().stream()
        .sorted((a, b) -> b.length() - a.length())
        .forEach(v -> alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(v)));
    return Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
  }

  /** The canonical agency a whole phrase names ("the Associated Press" → "Associated Press"). */
  public static @Nullable String canonical(String phrase) {
    String key = phrase.strip().toLowerCase(Locale.ROOT);
    String found = CANONICAL_BY_VARIANT.get(key);
    if (found == null && key.startsWith("the ")) {
      found = CANONICAL_BY_VARIANT.get(key.substring(4));
    }
    if (found == null || isLowerCaseAbbreviation(phrase.strip(), found)) {
      return null;
    }
    return found;
  }

  /**
   * Short abbreviations are agencies only in capitals: "AP" and "PA" are, "ap" and "pa" are
   * ordinary words. dpa writes its own name in lower case.
   */
  private static boolean isLowerCaseAbbreviation(String phrase, String canonical) {
    return phrase.length() <= 3
        && !canonical.equals("dpa")
        && !phrase.equals(phrase.toUpperCase(Locale.ROOT));
  }

  /** The first agency named anywhere in the text, by canonical name. */
  public static @Nullable String firstMentioned(String text) {
    Matcher m = ANY_VARIANT.matcher(text);
    while (m.find()) {
      String canonical = canonical(m.group());
      if (canonical != null) {
        return canonical;
      }
    }
    return null;
  }
}
