package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Breadcrumb trails: "Home > Business > Markets", "Portada › Fútbol › Segunda División", "You are
 * here: Home > Community", "Home News World" (a trail the cleaner recognised without separators)
 * and trails scraped as a numbered list ("1. Home", "2. /", "3. Politics").
 */
final class Crumbs {
  static final Set<String> GENERIC =
      Set.of("home", "news", "slideshow", "gallery", "video", "videos", "article", "articles",
          "story", "stories", "latest", "photos", "live", "homepage", "home page", "startseite",
          "accueil", "actualité", "actualités", "portada", "inicio", "início", "nieuws",
          "notizie", "nachrichten", "noticias", "notícias", "الرئيسية", "トップ", "ニュース",
          "top", "front page", "index");

  private static final Pattern SEPARATOR = Pattern.compile("\\s[/>»›|]\\s|\\s?[>»›]\\s?");
  private static final Pattern LABEL = Pattern.compile("^[\\p{L} ]{2,20}:\\s");
  private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}\\.\\s*(.+)");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");
  private static final int MAX_CRUMB_WORDS = 5;
  /** A longer row of separated links is a menu, not a trail. */
  private static final int MAX_CRUMBS = 6;

  private Crumbs() {}

  /** The crumbs of a separated trail, or an empty list when the line is not one. */
  static List<String> ofTrail(String line) {
    if (!hasSeparator(line)) {
      return List.of();
    }
    String trail = LABEL.matcher(line.strip()).replaceFirst("");
    String[] parts = SEPARATOR.split(trail);
    if (parts.length < 2 || parts.length > MAX_CRUMBS) {
      return List.of();
    }
    List<String> crumbs = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String crumb = parts[i].strip();
      boolean last = i == parts.length - 1;
      if (!LETTER.matcher(crumb).find() || (!last && Words.count(crumb) > MAX_CRUMB_WORDS)) {
        return List.of();
      }
      crumbs.add(crumb);
    }
    return crumbs;
  }

  /** Whether the line holds a character {@link #SEPARATOR} needs: most lines hold none. */
  private static boolean hasSeparator(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '/' || c == '>' || c == '»' || c == '›' || c == '|') {
        return true;
      }
    }
    return false;
  }

  /** The crumbs of a line the cleaner removed as a breadcrumb. */
  static List<String> ofBreadcrumbLine(String line) {
    Matcher item = NUMBERED.matcher(line.strip());
    if (item.matches()) {
      return List.of(item.group(1));
    }
    List<String> trail = ofTrail(line);
    return trail.isEmpty() ? List.of(Spaces.words(line)) : trail;
  }

  /** The last crumb that names a section: not generic, not the article's own (cut) title. */
  static @Nullable String mostSpecific(List<String> crumbs) {
    String found = null;
    for (String crumb : crumbs) {
      String bare = crumb.strip();
      boolean isTitle = bare.endsWith("...") || bare.endsWith("…") || Words.count(bare) > 3;
      if (!bare.isEmpty() && LETTER.matcher(bare).find() && !isTitle
          && !GENERIC.contains(bare.toLowerCase(Locale.ROOT))) {
        found = bare;
      }
    }
    return found;
  }
}
