package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads a byline into people and agencies. "By Jane Doe and John Roe, Reuters" gives two authors
 * and one agency; role phrases ("Senior Reporter"), e-mail addresses and anything that is not
 * shaped like a person's name are dropped rather than reported as authors.
 */
public final class Bylines {
  private static final Pattern LEAD =
      Pattern.compile(
          "(?i)^(?:written by|words by|reporting by|author:|by:?|von|par|por|door|di|bandeja|بقلم:?)\\s+");
  /** "Reporting by A in X and B in Y; Editing by C": the reporters, before any editing credit. */
  private static final Pattern REPORTING =
      Pattern.compile("(?i)^\\(?(?:additional )?reporting by ([^;()]{2,200})");
  private static final Pattern EMAIL = Pattern.compile("\\S{1,64}@\\S{1,255}");
  private static final Pattern PLACE_TAIL = Pattern.compile("(?<!\\s)\\s+(?:in|from|en|à|aus|em|a)\\s+\\p{Lu}.*$");
  private static final Pattern DASH_TAIL = Pattern.compile("(?<!\\s)\\s+[—–-]\\s.*$");
  /**
   * What stands between two names. No {@code \s*} around it: each part is stripped anyway, and a
   * leading {@code \s*} backtracking at every position of a long run of spaces made splitting
   * quadratic. Every separator opens with a character of the look-ahead, which turns away most
   * positions with one test before the word boundaries are tried.
   */
  private static final Pattern SEPARATORS =
      Pattern.compile(
          "(?=[,;&|· auewmcy])(?:[,;&|·]| و|\\b(?:and|und|et|y|en|e|with|avec|mit|con|com)\\b)");
  /** A capitalised word, or a word of a script without case (Arabic, Hebrew, CJK...). */
  private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\p{Lo}][\\p{L}\\p{M}'’.-]*");
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "del", "della", "di", "van", "von", "der", "den", "bin", "al", "el", "le", "la", "du", "dos");
  private static final Set<String> ROLE_WORDS =
      Set.of(
          "reporter", "correspondent", "editor", "staff", "writer", "journalist", "columnist",
          "contributor", "team", "desk", "newsroom", "senior", "chief", "political", "business",
          "reporters", "editors", "news", "agency", "agencies", "service", "services", "wires",
          "wire", "media", "online", "digital", "photographer", "analyst", "bureau", "in", "sports",
          "science", "housing", "health", "economics", "economy", "sport", "redaktion",
          "rédaction", "redazione", "redacción", "redação", "redactie", "agencia", "agence",
          "agentur", "the", "updated", "published", "posted", "min", "read", "video", "feedback",
          "copied", "share", "comments", "follow", "live", "listen", "article", "edition",
          "subscribe", "newsletter", "home", "menu", "search", "weather", "traffic", "watch",
          "breaking", "latest", "opinion", "world", "local", "national", "features", "special",
          "report", "topics", "more", "contact", "about", "advertise", "privacy", "terms", "policy",
          "cookies", "sign", "log", "login", "register", "account", "print", "email", "related");

  private static final Pattern BYLINE =
      Pattern.compile("(?i:by|written by|words by|von|par|por)\\s+\\S.{0,100}");
  private static final int MAX_BYLINE_WORDS = 12;
  /** Credits are short; reading only this much of a line keeps every pattern's cost flat. */
  private static final int MAX_CREDIT_CHARS = 300;

  private Bylines() {}

  /** Whether a line has the shape of a byline: "By" and a few words. */
  public static boolean looksLikeByline(String line) {
    return Words.count(line) <= MAX_BYLINE_WORDS && BYLINE.matcher(line).matches();
  }

  /** People and agencies named in one byline. */
  public record Credit(List<String> authors, List<String> agencies) {}

  public static Credit read(String byline) {
    String line = byline.length() > MAX_CREDIT_CHARS
        ? byline.substring(0, Math.max(0, byline.lastIndexOf(' ', MAX_CREDIT_CHARS)))
        : byline;
    String body = DASH_TAIL.matcher(LEAD.matcher(line.strip()).replaceFirst("")).replaceFirst("");
    body = body.indexOf('@') < 0 ? body : EMAIL.matcher(body).replaceAll(" ");
    List<String> authors = new ArrayList<>();
    List<String> agencies = new ArrayList<>();
    for (String part : SEPARATORS.split(body)) {
      String candidate = part.strip();
      if (candidate.isEmpty()) {
        continue;
      }
      Agencies.Split split = Agencies.splitTrailing(candidate);
      if (split.agency() != null && !agencies.contains(split.agency())) {
        agencies.add(split.agency());
      }
      String name = withoutTrailingRole(withoutDate(PLACE_TAIL.matcher(split.rest()).replaceFirst("").strip()));
      if (isPersonName(name) && !authors.contains(name)) {
        authors.add(name);
      }
    }
    return new Credit(authors, agencies);
  }

  /**
   * A credit line without "By": every part names a person, an agency, or a role ("Alexandra
   * Pike, Science Correspondent", "Sanjay Kulkarni and Erin Castle, Bloomberg News", "Megan
   * Ashworth"). Null when any part is something else, so ordinary lines are never read as credits.
   */
  public static @Nullable Credit readUnmarked(String line) {
    if (line.length() > MAX_CREDIT_CHARS || line.indexOf(':') >= 0
        || Words.count(line) > MAX_BYLINE_WORDS + 2) {
      return null;
    }
    String body = line.indexOf('@') < 0 ? line.strip() : EMAIL.matcher(line.strip()).replaceAll(" ").strip();
    if (body.isEmpty() || Words.count(body) > MAX_BYLINE_WORDS) {
      return null;
    }
    boolean anyPerson = false;
    for (String part : SEPARATORS.split(body)) {
      String candidate = part.strip();
      if (candidate.isEmpty()) {
        continue;
      }
      Agencies.Split split = Agencies.splitTrailing(candidate);
      if (split.rest().isEmpty()) {
        continue;
      }
      if (isPersonName(split.rest())) {
        anyPerson = true;
      } else if (!isRolePhrase(split.rest())) {
        return null;
      }
    }
    return anyPerson ? read(body) : null;
  }

  /** The reporters of a "Reporting by ..." foot line; empty for any other line. */
  public static List<String> reporters(String line) {
    if (!line.regionMatches(true, line.indexOf('(') == 0 ? 1 : 0, "reporting", 0, 9)
        && !line.regionMatches(true, line.indexOf('(') == 0 ? 1 : 0, "additional", 0, 10)) {
      return List.of();
    }
    Matcher reporting = REPORTING.matcher(line.strip());
    return reporting.find() ? read(reporting.group(1)).authors() : List.of();
  }

  /** Whether a line starts the way a byline does ("By", "Par", "Von", "بقلم:" ...). */
  public static boolean hasLead(String line) {
    return LEAD.matcher(line.strip()).find() && Words.count(line) <= MAX_BYLINE_WORDS;
  }

  private static String withoutDate(String part) {
    FoundDate date = DateParser.find(part, DateOrder.DAY_FIRST);
    return date == null ? part : part.replace(date.matchedText(), " ").strip();
  }

  /**
   * "Nicola Fairbairn Transport Correspondent" → "Nicola Fairbairn": trailing role words go, and
   * with a single role word the subject before it too ("Transport"), while two name words remain.
   */
  private static String withoutTrailingRole(String part) {
    List<String> words = new ArrayList<>(List.of(Spaces.words(part)));
    int roleWords = 0;
    while (words.size() > 2 && ROLE_WORDS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT))) {
      words.remove(words.size() - 1);
      roleWords++;
    }
    if (roleWords == 1 && words.size() > 2) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  static boolean isRolePhrase(String phrase) {
    String[] words = Spaces.words(phrase.toLowerCase(Locale.ROOT));
    for (String word : words) {
      if (!ROLE_WORDS.contains(word) && !word.equals("and") && !word.equals("of")) {
        return false;
      }
    }
    return words.length > 0;
  }

  static boolean isPersonName(String candidate) {
    if (candidate.contains("@") || candidate.length() > 60 || Agencies.canonical(candidate) != null) {
      return false;
    }
    String[] words = Spaces.words(candidate);
    if (words.length < 2 || words.length > 5) {
      return false;
    }
    int nameWords = 0;
    int fullWords = 0;
    for (String word : words) {
      fullWords += word.replace(".", "").length() >= 2 ? 1 : 0;
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
    return nameWords >= 2 && fullWords >= 2;
  }
}
