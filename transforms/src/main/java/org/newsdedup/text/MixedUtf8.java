package org.newsdedup.text;

import java.nio.charset.StandardCharsets;

/**
 * Decodes bytes that are mostly UTF-8 but hold stray bytes of a single-byte encoding: a scraper
 * that glued a windows-1252 page to a UTF-8 one, or a file cut in the middle of a character.
 * Each well-formed UTF-8 sequence is read as UTF-8 and each byte that starts none as
 * windows-1252, so one bad byte costs one character instead of every accent in the file.
 */
final class MixedUtf8 {
  private MixedUtf8() {}

  /** How many well-formed UTF-8 sequences of two to four bytes start at or after {@code from}. */
  static int multiByteSequences(byte[] bytes, int from) {
    int count = 0;
    int i = from;
    while (i < bytes.length) {
      int length = sequenceLength(bytes, i);
      if (length > 1) {
        count++;
      }
      i += Math.max(length, 1);
    }
    return count;
  }

  /** The text of {@code bytes} from {@code from}, sequence by sequence as described above. */
  static String decode(byte[] bytes, int from) {
    StringBuilder text = new StringBuilder(bytes.length - from);
    int i = from;
    while (i < bytes.length) {
      int length = sequenceLength(bytes, i);
      if (length > 0) {
        text.append(new String(bytes, i, length, StandardCharsets.UTF_8));
        i += length;
      } else {
        text.append(new String(bytes, i, 1, TextDecoder.WINDOWS_1252));
        i++;
      }
    }
    return text.toString();
  }

  /**
   * The length of the well-formed UTF-8 sequence starting at {@code at} (RFC 3629, table 3-7 of
   * the Unicode standard: no overlong forms, no surrogates, nothing past U+10FFFF), or 0.
   */
  static int sequenceLength(byte[] bytes, int at) {
    int lead = bytes[at] & 0xFF;
    if (lead < 0x80) {
      return 1;
    }
    if (lead >= 0xC2 && lead <= 0xDF) {
      return continues(bytes, at + 1, 0x80, 0xBF) ? 2 : 0;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      int low = lead == 0xE0 ? 0xA0 : 0x80;
      int high = lead == 0xED ? 0x9F : 0xBF;
      return continues(bytes, at + 1, low, high) && continues(bytes, at + 2, 0x80, 0xBF) ? 3 : 0;
    }
    if (lead >= 0xF0 && lead <= 0xF4) {
      int low = lead == 0xF0 ? 0x90 : 0x80;
      int high = lead == 0xF4 ? 0x8F : 0xBF;
      return continues(bytes, at + 1, low, high)
              && continues(bytes, at + 2, 0x80, 0xBF)
              && continues(bytes, at + 3, 0x80, 0xBF)
          ? 4
          : 0;
    }
    return 0;
  }

  private static boolean continues(byte[] bytes, int at, int low, int high) {
    if (at >= bytes.length) {
      return false;
    }
    int value = bytes[at] & 0xFF;
    return value >= low && value <= high;
  }
}
