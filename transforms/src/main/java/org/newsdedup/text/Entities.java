package org.newsdedup.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The people, places and organisations an article names, each once under the spelling it was
 * first given. People come from {@link People}; places are the dateline's place and the
 * countries and major cities of a small shipped gazetteer ({@code places.txt}); organisations
 * are capitalised names ending in an organisation word ("Oklahoma Forestry Services", "European
 * Commission": {@link OrganisationWords}), names before a company suffix, and the wire agencies
 * named in the text.
 */
public record Entities(List<String> people, List<String> places, List<String> organizations) {
  private static final java.util.Set<String> CONNECTORS =
      java.util.Set.of("of", "for", "de", "des", "du", "der", "für", "del", "di", "van", "voor", "the");
  private static final int MAX_ORGANISATION_WORDS = 6;
  private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|An|Le|La|Les|Der|Die|Das|El|Il|Het|De)\\s");
  private static final int MIN_ORGANISATION_WORDS = 2;

  public Entities {
    people = List.copyOf(people);
    places = List.copyOf(places);
    organizations = List.copyOf(organizations);
  }

  public static Entities find(List<String> prose, Datelines.@Nullable Dateline dateline) {
    List<String> people = People.find(prose);
    Map<String, String> places = new LinkedHashMap<>();
    if (dateline != null && dateline.place() != null) {
      String place = titleCase(dateline.place().split(",")[0]);
      places.putIfAbsent(NameKey.of(place), place);
    }
    Map<String, String> organisations = new LinkedHashMap<>();
    for (String paragraph : prose) {
      for (String place : Places.in(paragraph)) {
        places.putIfAbsent(NameKey.of(place), place);
      }
      for (int[] word : OrganisationWords.in(paragraph)) {
        String name = LEADING_ARTICLE.matcher(
            paragraph.substring(nameStart(paragraph, word[0]), word[1])).replaceFirst("");
        if (Words.count(name) >= MIN_ORGANISATION_WORDS) {
          organisations.putIfAbsent(NameKey.of(name), name);
        }
      }
      for (String agency : Agencies.allMentioned(paragraph)) {
        organisations.putIfAbsent(NameKey.of(agency), agency);
      }
    }
    return new Entities(people, new ArrayList<>(places.values()), new ArrayList<>(organisations.values()));
  }

  /**
   * Where the name that ends in an organisation word starts: back over capitalised words and the
   * small words inside names ("Ministry of the Interior"), never past a sentence end.
   */
  private static int nameStart(String paragraph, int keyword) {
    int start = keyword;
    int words = 0;
    int i = keyword - 1;
    while (i > 0 && paragraph.charAt(i) == ' ' && words < MAX_ORGANISATION_WORDS) {
      int end = i;
      int begin = i;
      while (begin > 0 && !Character.isWhitespace(paragraph.charAt(begin - 1))) {
        begin--;
      }
      String word = paragraph.substring(begin, end);
      boolean capitalised = !word.isEmpty() && Character.isUpperCase(word.codePointAt(0))
          && Character.isLetter(word.charAt(word.length() - 1));
      if (capitalised) {
        start = begin;
      } else if (!CONNECTORS.contains(word)) {
        break;
      }
      words++;
      i = begin - 1;
    }
    return start;
  }

  /** "CALDER SPRINGS" → "Calder Springs"; mixed-case names are kept as written. */
  private static String titleCase(String place) {
    String bare = place.strip();
    if (!bare.equals(bare.toUpperCase(Locale.ROOT))) {
      return bare;
    }
    StringBuilder out = new StringBuilder();
    for (String word : bare.toLowerCase(Locale.ROOT).split(" ")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ")
            .appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
            .append(word.substring(Character.charCount(word.codePointAt(0))));
      }
    }
    return out.toString();
  }
}
