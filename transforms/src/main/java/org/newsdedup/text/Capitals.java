package org.newsdedup.text;

/**
 * Where the next capital letter is. Patterns that start with one ({@code \p{Lu}}) are run from
 * there: a matcher tries its pattern at every position in between, and in running text most
 * positions are lower-case letters and spaces.
 */
final class Capitals {
  private Capitals() {}

  /**
   * The first index at or after {@code from} where an upper-case letter (Unicode category Lu, as
   * {@code \p{Lu}} reads it) starts, or -1.
   */
  static int next(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean upper = c < 0x80
          ? c >= 'A' && c <= 'Z'
          : Character.getType(text.codePointAt(i)) == Character.UPPERCASE_LETTER;
      if (upper) {
        return i;
      }
    }
    return -1;
  }
}
