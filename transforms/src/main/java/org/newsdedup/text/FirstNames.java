package org.newsdedup.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Common given names in the languages newsdedup reads, from a small list shipped with it
 * ({@code first-names.txt}, one name a line). A capitalised run that starts with one is taken
 * for a person even when nothing else in the sentence says so.
 */
final class FirstNames {
  private static final String RESOURCE = "/org/newsdedup/text/first-names.txt";
  private static final Set<String> NAMES = load();

  private FirstNames() {}

  static boolean isCommon(String word) {
    return NAMES.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> load() {
    Set<String> names = new HashSet<>();
    try (InputStream in = FirstNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Set.copyOf(names);
  }
}
