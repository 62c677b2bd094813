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
  /** The first character of each of those words: most words are turned away by it alone. */
  private static final String FIRST_INITIALS = initials(FIRST_WORDS);
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
      int start = nextWordStart(variant, 0);
      words.add(variant.substring(start, wordEnd(variant, start)));
    }
    return java.util.Set.copyOf(words);
  }

  private static String initials(java.util.Set<String> words) {
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (initials.indexOf(word.substring(0, 1)) < 0) {
        initials.append(word.charAt(0));
      }
    }
    return initials.toString();
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
   * alternation of every spelling at every position. Words are read one at a time and the words
   * after one only where a spelling can start: most words of a text are not agencies.
   */
  public static List<String> allMentioned(String text) {
    List<String> found = new ArrayList<>();
    int[] ends = new int[MAX_VARIANT_WORDS];
    for (int start = nextWordStart(text, 0); start < text.length(); ) {
      int resume = wordEnd(text, start);
      if (mayStartVariant(text, start, resume)) {
        int words = 0;
        for (int at = start; words < ends.length && at < text.length(); ) {
          ends[words] = wordEnd(text, at);
          at = nextWordStart(text, ends[words++]);
        }
        for (int last = words - 1; last >= 0; last--) {
          String phrase = text.substring(start, ends[last]);
          String canonical = CANONICAL_BY_VARIANT.containsKey(phrase.toLowerCase(Locale.ROOT))
              ? canonical(phrase) : null;
          if (canonical != null) {
            if (!found.contains(canonical)) {
              found.add(canonical);
            }
            resume = ends[last];
            break;
          }
        }
      }
      start = nextWordStart(text, resume);
    }
    return found;
  }

  /** Whether the word {@code text[start, end)} is the first word of a spelling. */
  private static boolean mayStartVariant(String text, int start, int end) {
    char initial = text.charAt(start);
    return (!Character.isLowerCase(initial) || initial == 'd')
        && FIRST_INITIALS.indexOf(Character.toLowerCase(initial)) >= 0
        && FIRST_WORDS.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  /** Where the next word starts at or after {@code from}: a letter or digit, or the text's end. */
  private static int nextWordStart(String text, int from) {
    int i = from;
    while (i < text.length() && !isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Where the word starting at {@code start} ends: letters, digits and inner hyphens. */
  private static int wordEnd(String text, int start) {
    int i = start + 1;
    while (i < text.length()
        && (isLetterOrDigit(text.charAt(i))
            || (text.charAt(i) == '-' && i + 1 < text.length() && isLetterOrDigit(text.charAt(i + 1))))) {
      i++;
    }
    return i;
  }

  private static boolean isLetterOrDigit(char c) {
    return c < 0x80
        ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        : Character.isLetterOrDigit(c);
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
