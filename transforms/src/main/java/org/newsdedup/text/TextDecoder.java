package org.newsdedup.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text. Scraped files come in whatever encoding the scraper saved, so
 * the decoder trusts a byte-order mark first, then strict UTF-8, and falls back to windows-1252
 * (a superset of Latin-1 for printable text, and what mislabelled "Latin-1" pages really are).
 * Files that are empty, blank or binary are rejected with a reason rather than decoded to noise.
 */
public final class TextDecoder {
  public static final String REASON_EMPTY = "empty";
  public static final String REASON_BLANK = "blank";
  public static final String REASON_BINARY = "binary";

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Above this share of control characters a file is treated as binary, not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  private TextDecoder() {}

  public static DecodedText decode(byte[] bytes) {
    if (bytes.length == 0) {
      return DecodedText.rejected(REASON_EMPTY, "the file has no bytes");
    }
    DecodedText decoded = decodeByMarkOrGuess(bytes);
    if (decoded.isRejected()) {
      return decoded;
    }
    String text = decoded.text();
    if (text.isBlank()) {
      return DecodedText.rejected(REASON_BLANK, "the file holds only whitespace");
    }
    double controlShare = controlShare(text);
    if (controlShare > MAX_CONTROL_SHARE) {
      return DecodedText.rejected(
          REASON_BINARY,
          String.format(
              java.util.Locale.ROOT, "%.0f%% of the characters are control characters",
              controlShare * 100));
    }
    return decoded;
  }

  private static DecodedText decodeByMarkOrGuess(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strictOrFallback(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return DecodedText.decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return DecodedText.decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    int firstNul = indexOfNul(bytes);
    if (firstNul >= 0) {
      return DecodedText.rejected(
          REASON_BINARY, "NUL byte at offset " + firstNul + " and no UTF-16 byte-order mark");
    }
    return strictOrFallback(bytes, 0, StandardCharsets.UTF_8);
  }

  private static DecodedText strictOrFallback(byte[] bytes, int offset, Charset charset) {
    try {
      String text =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return DecodedText.decoded(text, charset.name());
    } catch (CharacterCodingException notThatCharset) {
      return DecodedText.decoded(lenient(bytes, offset, WINDOWS_1252), WINDOWS_1252.name());
    }
  }

  private static String lenient(byte[] bytes, int offset, Charset charset) {
    return new String(bytes, offset, bytes.length - offset, charset);
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static double controlShare(String text) {
    int controls = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        controls++;
      }
    }
    return (double) controls / text.length();
  }
}
