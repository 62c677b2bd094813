package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a byline into people and agencies. "By Jane Doe and John Roe, Reuters" gives two authors
 * and one agency; role phrases ("Senior Reporter"), e-mail addresses and anything that is not
 * shaped like a person's name are dropped rather than reported as authors.
 */
public final class Bylines {
  private static final Pattern LEAD = Pattern.compile("(?i)^(?:written by|words by|by|von|par|por)\\s+");
  /**
   * What stands between two names. No {@code \s*} around it: each part is stripped anyway, and a
   * leading {@code \s*} backtracking at every position of a long run of spaces made splitting
   * quadratic.
   */
  private static final Pattern SEPARATORS = Pattern.compile("(?:,|;|&|\\||\\band\\b|\\bund\\b|\\bet\\b|\\by\\b)");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "del", "della", "di", "van", "von", "der", "den", "bin", "al", "el", "le", "la", "du", "dos");
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "reporter", "correspondent", "editor", "staff", "writer", "journalist", "columnist",
          "contributor", "team", "desk", "newsroom", "senior", "chief", "political", "business",
          "reporters", "editors", "news", "agency", "agencies", "service", "services", "wires",
          "wire", "media", "online", "digital", "photographer", "analyst", "bureau", "in");

  private static final Pattern BYLINE =
      Pattern.compile("(?i:by|written by|words by|von|par|por)\\s+\\S.{0,100}");
  private static final int MAX_BYLINE_WORDS = 12;

  private Bylines() {}

  /** Whether a line has the shape of a byline: "By" and a few words. */
  public static boolean looksLikeByline(String line) {
    return Words.count(line) <= MAX_BYLINE_WORDS && BYLINE.matcher(line).matches();
  }

  /** People and agencies named in one byline. */
  public record Credit(List<String> authors, List<String> agencies) {}

  public static Credit read(String byline) {
    String body = LEAD.matcher(byline.strip()).replaceFirst("");
    List<String> authors = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    for (String part : SEPARATORS.split(body)) {
      String candidate = part.strip();
      if (candidate.isEmpty()) {
        continue;
      }
      String agency = Agencies.canonical(candidate);
      if (agency != null) {
        if (!agencies.contains(agency)) {
          agencies.add(agency);
        }
      } else if (isPersonName(candidate) && !authors.contains(candidate)) {
        authors.add(candidate);
      }
    }
    return new Credit(authors, agencies);
  }

  static boolean isPersonName(String candidate) {
    if (candidate.contains("@") || candidate.length() > 60) {
      return false;
    }
    String[] words = candidate.split("\\s+");
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int nameWords = 0;
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (ROLE_WORDS.contains(lower)) {
        return false;
      }
      if (PARTICLES.contains(lower)) {
        continue;
      }
      if (!NAME_WORD.matcher(word).matches()) {
        return false;
      }
      nameWords++;
    }
    return nameWords >= 2;
  }
}
