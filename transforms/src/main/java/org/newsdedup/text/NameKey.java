package org.newsdedup.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The key under which spellings of one name meet: accents, case, hyphens, apostrophes and spaces
 * do not count, so "Amirabdollahian", "Amir-Abdollahian" and "Amir Abdollahian" share one key.
 */
public final class NameKey {
  private NameKey() {}

  public static String of(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); ) {
      int cp = decomposed.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        key.appendCodePoint(Character.toLowerCase(cp));
      }
      i += Character.charCount(cp);
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }
}
