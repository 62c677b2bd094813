package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Word tokens as every part of newsdedup counts them: maximal runs of letters and digits (an
 * apostrophe or hyphen inside a word keeps it whole, and so does a combining mark, such as a
 * Devanagari vowel sign or an Arabic vowel point, since it belongs to the letter before it),
 * lower-cased for comparison.
 */
public final class Words {
  private Words() {}

  public static int count(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      // ASCII, most of any text, holds no marks and its letters and digits are two ranges.
      boolean wordChar = cp < 0x80
          ? (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9')
          : Character.isLetterOrDigit(cp) || (inWord && isMark(cp));
      if (wordChar && !inWord) {
        count++;
      }
      inWord = wordChar || (inWord && isJoiner(cp) && nextIsLetterOrDigit(text, i));
      i += Character.charCount(cp);
    }
    return count;
  }

  /** Lower-cased word tokens in order. */
  public static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || (current.length() > 0 && isMark(cp))) {
        current.appendCodePoint(cp);
      } else if (current.length() > 0 && isJoiner(cp) && nextIsLetterOrDigit(text, i)) {
        current.append(cp == '-' ? '-' : '\'');
      } else if (current.length() > 0) {
        tokens.add(current.toString().toLowerCase(Locale.ROOT));
        current.setLength(0);
      }
      i += Character.charCount(cp);
    }
    if (current.length() > 0) {
      tokens.add(current.toString().toLowerCase(Locale.ROOT));
    }
    return tokens;
  }

  static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  static boolean isJoiner(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '-';
  }

  static boolean nextIsLetterOrDigit(String text, int index) {
    int next = index + 1;
    return next < text.length() && Character.isLetterOrDigit(text.codePointAt(next));
  }
}
