package org.newsdedup.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns a file's bytes into text. Scraped files come in whatever encoding the scraper saved, so
 * the decoder trusts a byte-order mark first, then the zero bytes of UTF-16 saved without one,
 * then strict UTF-8; UTF-8 with stray bytes of another encoding is read part by part, and bytes
 * with no UTF-8 in them as windows-1252 (a superset of Latin-1 for printable text, and what
 * mislabelled "Latin-1" pages really are). Stray NUL bytes are dropped. Files that are empty,
 * blank or binary (a known binary signature, many NUL bytes or control characters) are rejected
 * with a reason rather than decoded to noise.
 */
public final class TextDecoder {
  public static final String REASON_EMPTY = "empty";
  public static final String REASON_BLANK = "blank";
  public static final String REASON_BINARY = "binary";

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The charset recorded for UTF-8 with stray windows-1252 bytes (see {@link MixedUtf8}). */
  public static final String MIXED = "UTF-8+windows-1252";

  /** Above this share of control characters a file is treated as binary, not text. */
  private static final double MAX_CONTROL_SHARE = 0.05;

  /**
   * Up to this share of NUL bytes, a file without other signs of binary is text with stray NULs;
   * binary formats hold far more (a 1×1 PNG is a third zeros).
   */
  private static final double MAX_STRAY_NUL_SHARE = 0.01;

  /** The share of zero high bytes from which a file without a byte-order mark reads as UTF-16. */
  private static final double MIN_UTF16_ZERO_SHARE = 0.3;

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
    Optional<String> binaryFormat = BinarySignatures.formatOf(bytes);
    if (binaryFormat.isPresent()) {
      return DecodedText.rejected(REASON_BINARY, "the file is " + binaryFormat.get());
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return utf8OrFallback(bytes, 3);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return DecodedText.decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return DecodedText.decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
    }
    int firstNul = indexOfNul(bytes);
    if (firstNul < 0) {
      return utf8OrFallback(bytes, 0);
    }
    Optional<Charset> utf16 = utf16ByItsZeroBytes(bytes);
    if (utf16.isPresent()) {
      return DecodedText.decoded(lenient(bytes, 0, utf16.get()), utf16.get().name());
    }
    if (countNuls(bytes) <= bytes.length * MAX_STRAY_NUL_SHARE) {
      // A stray NUL in a scraped page (a bad copy, a C string cut short) carries no text.
      return utf8OrFallback(withoutNuls(bytes), 0);
    }
    return DecodedText.rejected(
        REASON_BINARY, "NUL byte at offset " + firstNul + " and no UTF-16 byte-order mark");
  }

  /**
   * UTF-16 saved without a byte-order mark: text in Latin script has a zero high byte in most
   * characters, so zeros fill one byte position of the pairs (odd offsets in little-endian, even
   * ones in big-endian) and hardly ever the other.
   */
  private static Optional<Charset> utf16ByItsZeroBytes(byte[] bytes) {
    int pairs = bytes.length / 2;
    if (pairs == 0) {
      return Optional.empty();
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i + 1 < bytes.length; i += 2) {
      evenZeros += bytes[i] == 0 ? 1 : 0;
      oddZeros += bytes[i + 1] == 0 ? 1 : 0;
    }
    if (oddZeros >= pairs * MIN_UTF16_ZERO_SHARE && evenZeros <= pairs * MAX_STRAY_NUL_SHARE) {
      return Optional.of(StandardCharsets.UTF_16LE);
    }
    if (evenZeros >= pairs * MIN_UTF16_ZERO_SHARE && oddZeros <= pairs * MAX_STRAY_NUL_SHARE) {
      return Optional.of(StandardCharsets.UTF_16BE);
    }
    return Optional.empty();
  }

  /**
   * Strict UTF-8; else, when the bytes hold well-formed multi-byte UTF-8 as well as bytes that
   * are not, each part in its own encoding ({@link MixedUtf8}); else windows-1252.
   */
  private static DecodedText utf8OrFallback(byte[] bytes, int offset) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
              .toString();
      return DecodedText.decoded(text, StandardCharsets.UTF_8.name());
    } catch (CharacterCodingException notUtf8) {
      if (MixedUtf8.multiByteSequences(bytes, offset) > 0) {
        return DecodedText.decoded(MixedUtf8.decode(bytes, offset), MIXED);
      }
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

  private static int countNuls(byte[] bytes) {
    int nuls = 0;
    for (byte b : bytes) {
      nuls += b == 0 ? 1 : 0;
    }
    return nuls;
  }

  private static byte[] withoutNuls(byte[] bytes) {
    byte[] kept = new byte[bytes.length - countNuls(bytes)];
    int next = 0;
    for (byte b : bytes) {
      if (b != 0) {
        kept[next++] = b;
      }
    }
    return kept;
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
