package org.newsdedup.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries, regions and major cities named in a text, from a small gazetteer shipped with
 * newsdedup ({@code places.txt}). Names of up to four words are looked up as whole runs of
 * capitalised words, so "New York" is found and "York" alone is not read into it.
 */
final class Places {
  private static final String RESOURCE = "/org/newsdedup/text/places.txt";
  private static final Map<String, String> BY_KEY = load();
  /** The first word of every place, lower-cased: a run of words starting otherwise names none. */
  private static final java.util.Set<String> FIRST_WORDS = firstWords();
  private static final Pattern CAPITALISED_RUN =
      Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}(?:\\s(?:de\\s|and\\s)?\\p{Lu}[\\p{L}\\p{M}'’-]{0,30}){0,3}");
  private static final int MAX_PLACE_WORDS = 4;

  private Places() {}

  /** The gazetteer places in the text, as the gazetteer spells them, in order of mention. */
  static List<String> in(String text) {
    List<String> found = new ArrayList<>();
    Matcher run = CAPITALISED_RUN.matcher(text);
    for (int at = Capitals.next(text, 0); at >= 0 && run.find(at);
        at = Capitals.next(text, run.end())) {
      String[] words = Spaces.words(withoutPossessive(run.group()));
      for (int start = 0; start < words.length; start++) {
        if (!FIRST_WORDS.contains(words[start].toLowerCase(Locale.ROOT))) {
          continue;
        }
        for (int end = Math.min(words.length, start + MAX_PLACE_WORDS); end > start; end--) {
          String place = BY_KEY.get(String.join(" ", List.of(words).subList(start, end)).toLowerCase(Locale.ROOT));
          if (place != null) {
            found.add(place);
            start = end - 1;
            break;
          }
        }
      }
    }
    return found;
  }

  /** "Britain's" → "Britain". */
  private static String withoutPossessive(String run) {
    return run.endsWith("'s") || run.endsWith("’s") ? run.substring(0, run.length() - 2) : run;
  }

  private static java.util.Set<String> firstWords() {
    java.util.Set<String> first = new java.util.HashSet<>();
    for (String key : BY_KEY.keySet()) {
      first.add(key.split(" ")[0]);
    }
    return java.util.Set.copyOf(first);
  }

  private static Map<String, String> load() {
    Map<String, String> places = new HashMap<>();
    try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String place = line.strip();
        if (!place.isEmpty() && !place.startsWith("#")) {
          places.putIfAbsent(place.toLowerCase(Locale.ROOT), place);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(places);
  }
}
