package org.newsdedup.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The characters a line can start with for a pattern anchored at the line's start ({@code
 * matches()}, {@code lookingAt()}) to match it, so that a rule can skip the pattern, and the
 * cost of setting up a matcher, on every other line. Found once by giving the pattern each
 * character alone: when matching fails without reaching the end of that one-character input, the
 * pattern rejected the character whatever would follow it. Only characters below U+0250 (Latin)
 * are sorted this way; a line starting with any other character is always left to the pattern.
 */
final class LineStarts {
  private static final char SORTED = '\u0250';
  private final boolean[] possible = new boolean[SORTED];

  LineStarts(Pattern anchored) {
    for (char c = 0; c < SORTED; c++) {
      Matcher m = anchored.matcher(String.valueOf(c));
      possible[c] = m.lookingAt() || m.hitEnd();
    }
  }

  /** False only when the pattern cannot match a line that starts as this one does. */
  boolean mayMatch(String line) {
    return line.isEmpty() || line.charAt(0) >= SORTED || possible[line.charAt(0)];
  }
}
