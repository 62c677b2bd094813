package org.newsdedup.text;

/**
 * The word tokens of a text one at a time, cut as {@link Words#tokens} cuts them and lower-cased
 * into a buffer the cursor reuses. The cleaner looks up every word of every line in the
 * stop-word lists; this lets it do so without making a String of each word.
 *
 * <p>Each character is lower-cased on its own. That is what lower-casing the whole token does,
 * except for two letters: "İ" becomes two characters and a capital sigma depends on its place in
 * the word. A token holding either is flagged ({@link #isLowerCasedAsWhole}) so that a lookup can
 * treat it as the String would be treated.
 */
final class WordCursor {
  private final String text;
  private int position;
  private char[] word = new char[32];
  private int length;
  private boolean lowerCasedAsWhole;

  WordCursor(String text) {
    this.text = text;
  }

  /** Moves to the next token; false when there is none left. */
  boolean next() {
    length = 0;
    lowerCasedAsWhole = true;
    while (position < text.length()) {
      int cp = text.codePointAt(position);
      position += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || (length > 0 && Words.isMark(cp))) {
        append(cp);
      } else if (length > 0 && Words.isJoiner(cp) && Words.nextIsLetterOrDigit(text, position - 1)) {
        append(cp == '-' ? '-' : '\'');
      } else if (length > 0) {
        return true;
      }
    }
    return length > 0;
  }

  /** The current token's characters, lower-cased: the first {@link #length} of them. */
  char[] chars() {
    return word;
  }

  int length() {
    return length;
  }

  /** Whether {@link #chars} is exactly the token's {@code toLowerCase(Locale.ROOT)}. */
  boolean isLowerCasedAsWhole() {
    return lowerCasedAsWhole;
  }

  private void append(int cp) {
    if (cp == '\u0130' || cp == '\u03A3') {
      lowerCasedAsWhole = false;
    }
    if (length + 2 > word.length) {
      word = java.util.Arrays.copyOf(word, word.length * 2);
    }
    if (cp < 0x80) {
      // Most text is ASCII, whose lower case is a fixed offset: no case table is needed.
      word[length++] = (char) (cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp);
    } else {
      length += Character.toChars(Character.toLowerCase(cp), word, length);
    }
  }
}
