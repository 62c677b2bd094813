package org.newsdedup.text;

/** Facts about the writing system of a line that the metadata rules need. */
final class Scripts {
  /**
   * Hangul Jamo, the first of the unspaced scripts' blocks: below it no character is Han, kana or
   * Hangul, and the script lookup (a binary search) can be skipped for Latin, Cyrillic, Arabic...
   */
  static final int FIRST_UNSPACED = 0x1100;

  private Scripts() {}

  /** Whether the line is mostly Chinese, Japanese or Korean, written without spaces. */
  static boolean isUnspaced(String line) {
    int unspaced = 0;
    int letters = 0;
    for (int i = 0; i < line.length(); ) {
      int cp = line.codePointAt(i);
      if (Character.isLetter(cp)) {
        letters++;
        unspaced += cp >= FIRST_UNSPACED && isUnspacedScript(cp) ? 1 : 0;
      }
      i += Character.charCount(cp);
    }
    return letters > 0 && unspaced * 2 > letters;
  }

  static boolean isUnspacedScript(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
  }

  /**
   * A line's length in words, counting two characters as a word in unspaced scripts, where the
   * word tokenizer sees only clauses.
   */
  static int wordLength(String line) {
    return isUnspaced(line) ? line.strip().length() / 2 : Words.count(line);
  }
}
