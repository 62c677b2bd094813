package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splitting on whitespace, as {@code text.strip().split("\\s+")} does (ASCII whitespace between
 * the words), in one scan: a regex split compiles or at least runs a matcher on every call, and
 * this runs on every capitalised run of every article.
 */
final class Spaces {
  private Spaces() {}

  /** The words of a text between runs of whitespace, leading and trailing space ignored. */
  static String[] words(String text) {
    String stripped = text.strip();
    if (stripped.isEmpty()) {
      return new String[] {""};
    }
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= stripped.length(); i++) {
      if (i == stripped.length() || isRegexSpace(stripped.charAt(i))) {
        if (i > start) {
          words.add(stripped.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words.toArray(new String[0]);
  }

  /** The characters of {@code \s}: strip() removes them all at the ends, and more. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
