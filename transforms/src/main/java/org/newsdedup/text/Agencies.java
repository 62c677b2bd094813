package org.newsdedup.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
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
    add("Xinhua", "Xinhua", "Xinhua News Agency", "新华社");
    add("dpa", "dpa", "DPA", "Deutsche Presse-Agentur");
    add("ANI", "ANI", "Asian News International");
    add("PTI", "PTI", "Press Trust of India");
    add("IANS", "IANS");
    add("UPI", "UPI", "United Press International");
    add("EFE", "EFE", "Agencia EFE", "Agencia Efe");
    add("ANSA", "ANSA");
    add("Kyodo", "Kyodo", "Kyodo News", "共同通信", "共同");
    add("Yonhap", "Yonhap", "Yonhap News Agency");
    add("TASS", "TASS");
    add("Anadolu", "Anadolu", "Anadolu Agency");
    add("AAP", "AAP", "Australian Associated Press");
    add("Canadian Press", "The Canadian Press", "Canadian Press");
    add("Interfax", "Interfax");
  }

  private static final Pattern ANY_VARIANT = anyVariant();
  /** The first word of every spelling, lower-cased: a phrase that starts otherwise names none. */
  private static final java.util.Set<String> FIRST_WORDS = firstWords();
  private static final int MAX_VARIANT_WORDS = 4;

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

  private static java.util.Set<String> firstWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (String variant : CANONICAL_BY_VARIANT.keySet()) {
      int[] first = wordSpans(variant).get(0);
      words.add(variant.substring(first[0], first[1]));
    }
    return java.util.Set.copyOf(words);
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

  /** A phrase with the agency that ends it taken off: "Michael Tran Associated Press". */
  public record Split(String rest, @Nullable String agency) {}

  /**
   * Takes an agency name off the end of a phrase ("Jordan Pelletier The Canadian Press",
   * "Redazione ANSA"), or off the whole phrase ("AFP" leaves an empty rest).
   */
  public static Split splitTrailing(String phrase) {
    String whole = canonical(phrase);
    if (whole != null) {
      return new Split("", whole);
    }
    String[] words = Spaces.words(phrase);
    for (int from = 1; from < words.length; from++) {
      String tail = String.join(" ", Arrays.asList(words).subList(from, words.length));
      String agency = canonical(tail);
      if (agency != null) {
        return new Split(String.join(" ", Arrays.asList(words).subList(0, from)), agency);
      }
    }
    return new Split(phrase.strip(), null);
  }

  /**
   * Every agency named in the text, by canonical name, in order of first mention. Runs of up to
   * {@value #MAX_VARIANT_WORDS} words are looked up whole, which is much cheaper than matching an
   * alternation of every spelling at every position.
   */
  public static List<String> allMentioned(String text) {
    List<String> found = new ArrayList<>();
    List<int[]> words = wordSpans(text);
    for (int first = 0; first < words.size(); first++) {
      int[] firstWord = words.get(first);
      char initial = text.charAt(firstWord[0]);
      if ((Character.isLowerCase(initial) && initial != 'd')
          || !FIRST_WORDS.contains(
              text.substring(firstWord[0], firstWord[1]).toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (int last = Math.min(words.size(), first + MAX_VARIANT_WORDS) - 1; last >= first; last--) {
        String phrase = text.substring(words.get(first)[0], words.get(last)[1]);
        String canonical = CANONICAL_BY_VARIANT.containsKey(phrase.toLowerCase(Locale.ROOT))
            ? canonical(phrase) : null;
        if (canonical != null) {
          if (!found.contains(canonical)) {
            found.add(canonical);
          }
          first = last;
          break;
        }
      }
    }
    return found;
  }

  /** Start and end of each run of letters, digits and inner hyphens. */
  private static List<int[]> wordSpans(String text) {
    List<int[]> spans = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean inWord = i < text.length()
          && (Character.isLetterOrDigit(text.charAt(i))
              || (text.charAt(i) == '-' && start >= 0 && i + 1 < text.length()
                  && Character.isLetterOrDigit(text.charAt(i + 1))));
      if (inWord && start < 0) {
        start = i;
      } else if (!inWord && start >= 0) {
        spans.add(new int[] {start, i});
        start = -1;
      }
    }
    return spans;
  }

  /** The text with every agency name in it blanked out. */
  public static String withoutMentions(String text) {
    Matcher m = ANY_VARIANT.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, canonical(m.group()) == null ? Matcher.quoteReplacement(m.group()) : " ");
    }
    m.appendTail(out);
    return out.toString();
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
