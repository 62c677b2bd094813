package org.newsdedup.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into lines and normalises each: Unicode NFC, every kind of space as one ASCII space,
 * invisible format characters removed (zero-width joiners are kept: emoji sequences need them),
 * ends trimmed. Splitting is a single linear scan, so any input size is safe.
 */
public final class LineNormalizer {
  private LineNormalizer() {}

  public static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        lines.add(normalize(text.substring(start, i)));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < n) {
      lines.add(normalize(text.substring(start)));
    }
    return lines;
  }

  public static String normalize(String line) {
    if (isNormal(line)) {
      return line;
    }
    String composed = belowCombiningMarks(line) ? line : Normalizer.normalize(line, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < composed.length(); i++) {
      char c = composed.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
      } else if (isInvisible(c)) {
        continue;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Whether normalising would leave the line as it is, which is so for most lines: in NFC (see
   * {@link #belowCombiningMarks}), single ASCII spaces only between other characters, nothing
   * invisible. Checking costs one scan and no copy.
   */
  private static boolean isNormal(String line) {
    int n = line.length();
    if (n > 0 && (line.charAt(0) == ' ' || line.charAt(n - 1) == ' ')) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = line.charAt(i);
      if (c > ' ' && c < '\u007F') {
        continue; // printable ASCII: no space, nothing invisible, no mark
      }
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (c >= '\u0300' || isInvisible(c) || (space && c != ' ')) {
        return false;
      }
      if (c == ' ' && line.charAt(i - 1) == ' ') {
        return false;
      }
    }
    return true;
  }

  /**
   * Text made only of characters below U+0300 (Latin, Latin-1, Latin Extended) holds no
   * combining mark and nothing that composes: it is in NFC already, and most news text is.
   */
  private static boolean belowCombiningMarks(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (line.charAt(i) >= '\u0300') {
        return false;
      }
    }
    return true;
  }

  private static boolean isInvisible(char c) {
    if (c == '\u200D') {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT || (Character.isISOControl(c) && c != '\t');
  }
}
