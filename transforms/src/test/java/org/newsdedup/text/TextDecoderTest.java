package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] out = new byte[first.length + second.length];
    System.arraycopy(first, 0, out, 0, first.length);
    System.arraycopy(second, 0, out, first.length, second.length);
    return out;
  }

  private static DecodedText decodeUtf8(String text) {
    return TextDecoder.decode(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void noBytesIsRejectedAsEmpty() {
    DecodedText decoded = TextDecoder.decode(new byte[0]);

    assertTrue(decoded.isRejected());
    assertEquals(TextDecoder.REASON_EMPTY, decoded.rejectReason());
    assertEquals("the file has no bytes", decoded.rejectDetail());
  }

  @Test
  void onlyWhitespaceIsRejectedAsBlank() {
    DecodedText decoded = decodeUtf8(" \n\t\r\n   \n");

    assertTrue(decoded.isRejected());
    assertEquals(TextDecoder.REASON_BLANK, decoded.rejectReason());
    assertEquals("the file holds only whitespace", decoded.rejectDetail());
  }

  @Test
  void aUtf8ByteOrderMarkWithNothingAfterItIsBlank() {
    DecodedText decoded = TextDecoder.decode(bytes(0xEF, 0xBB, 0xBF));

    assertEquals(TextDecoder.REASON_BLANK, decoded.rejectReason());
  }

  @Test
  void utf16TextOfOnlySpacesIsBlank() {
    byte[] spaces = concat(bytes(0xFF, 0xFE), "   \n ".getBytes(StandardCharsets.UTF_16LE));

    assertEquals(TextDecoder.REASON_BLANK, TextDecoder.decode(spaces).rejectReason());
  }

  @Test
  void plainUtf8IsReadAsUtf8() {
    String text = "Pakistan and Iran agree — talks resume in Zürich, café owners say “finally”.";

    DecodedText decoded = decodeUtf8(text);

    assertFalse(decoded.isRejected());
    assertEquals(text, decoded.text());
    assertEquals("UTF-8", decoded.charset());
  }

  @Test
  void theUtf8ByteOrderMarkIsDroppedFromTheText() {
    byte[] withMark =
        concat(bytes(0xEF, 0xBB, 0xBF), "Talks resume".getBytes(StandardCharsets.UTF_8));

    DecodedText decoded = TextDecoder.decode(withMark);

    assertEquals("Talks resume", decoded.text());
    assertEquals("UTF-8", decoded.charset());
  }

  @Test
  void utf16LittleEndianWithByteOrderMarkIsDecoded() {
    String text = "Iran–Pakistan talks\nإيران وباكستان";
    byte[] encoded = concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE));

    DecodedText decoded = TextDecoder.decode(encoded);

    assertEquals(text, decoded.text());
    assertEquals("UTF-16LE", decoded.charset());
  }

  @Test
  void utf16BigEndianWithByteOrderMarkIsDecoded() {
    String text = "北京 — 巴基斯坦和伊朗同意加强安全合作。";
    byte[] encoded = concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));

    DecodedText decoded = TextDecoder.decode(encoded);

    assertEquals(text, decoded.text());
    assertEquals("UTF-16BE", decoded.charset());
  }

  @Test
  void utf16LittleEndianWithoutByteOrderMarkIsToldByItsZeroHighBytes() {
    DecodedText decoded = TextDecoder.decode("Hi there, Zürich".getBytes(StandardCharsets.UTF_16LE));

    assertEquals("Hi there, Zürich", decoded.text());
    assertEquals("UTF-16LE", decoded.charset());
  }

  @Test
  void utf16BigEndianWithoutByteOrderMarkIsToldByItsZeroHighBytes() {
    DecodedText decoded = TextDecoder.decode("Hi there, Zürich".getBytes(StandardCharsets.UTF_16BE));

    assertEquals("Hi there, Zürich", decoded.text());
    assertEquals("UTF-16BE", decoded.charset());
  }

  @Test
  void zeroBytesInBothPositionsOfThePairsAreBinaryNotUtf16() {
    DecodedText decoded = TextDecoder.decode(bytes('a', 0, 0, 'b', 'c', 0, 0, 'd'));

    assertEquals(TextDecoder.REASON_BINARY, decoded.rejectReason());
    assertEquals("NUL byte at offset 1 and no UTF-16 byte-order mark", decoded.rejectDetail());
  }

  @Test
  void aStrayNulByteInLongTextIsDropped() {
    String sentence = "The council met on Monday and agreed the plan. ";
    byte[] encoded =
        (sentence.repeat(3) + "\0" + sentence.repeat(3)).getBytes(StandardCharsets.UTF_8);

    DecodedText decoded = TextDecoder.decode(encoded);

    assertEquals(sentence.repeat(6), decoded.text());
    assertEquals("UTF-8", decoded.charset());
  }

  @Test
  void utf8WithStrayWindows1252BytesKeepsBothKindsOfAccent() {
    byte[] utf8Line = "Zürich, Genève\n".getBytes(StandardCharsets.UTF_8);
    byte[] latin1Line = "São Paulo, “Köln”".getBytes(TextDecoder.WINDOWS_1252);

    DecodedText decoded = TextDecoder.decode(concat(utf8Line, latin1Line));

    assertEquals("Zürich, Genève\nSão Paulo, “Köln”", decoded.text());
    assertEquals(TextDecoder.MIXED, decoded.charset());
  }

  @Test
  void knownBinarySignaturesAreBinaryWhateverFollows() {
    byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII);
    byte[] zip = concat(bytes('P', 'K', 3, 4), "readme.txt".getBytes(StandardCharsets.US_ASCII));

    assertEquals("the file is a PDF document", TextDecoder.decode(pdf).rejectDetail());
    assertEquals("the file is a ZIP archive", TextDecoder.decode(zip).rejectDetail());
    assertEquals(
        "the file is gzip data (not named .gz, so not decompressed)",
        TextDecoder.decode(bytes(0x1F, 0x8B, 8, 'x', 'y')).rejectDetail());
  }

  @Test
  void aNulByteInsideTextIsBinaryWithItsOffset() {
    DecodedText decoded = decodeUtf8("Talks\0resume");

    assertEquals(TextDecoder.REASON_BINARY, decoded.rejectReason());
    assertEquals("NUL byte at offset 5 and no UTF-16 byte-order mark", decoded.rejectDetail());
  }

  @Test
  void latin1BytesThatAreNotUtf8FallBackToWindows1252() {
    DecodedText decoded = TextDecoder.decode("café".getBytes(StandardCharsets.ISO_8859_1));

    assertEquals("café", decoded.text());
    assertEquals("windows-1252", decoded.charset());
  }

  @Test
  void windows1252PunctuationBytesBecomeCurlyQuotesAndTheEuroSign() {
    byte[] encoded = bytes(0x93, 'H', 'i', 0x94, ' ', 0x80, '5', ' ', 0x96, ' ', 'o', 'k');

    DecodedText decoded = TextDecoder.decode(encoded);

    assertEquals("“Hi” €5 – ok", decoded.text());
    assertEquals("windows-1252", decoded.charset());
  }

  @Test
  void invalidUtf8AfterAByteOrderMarkFallsBackAndStillDropsTheMark() {
    byte[] encoded =
        concat(bytes(0xEF, 0xBB, 0xBF), "Zürich talks".getBytes(StandardCharsets.ISO_8859_1));

    DecodedText decoded = TextDecoder.decode(encoded);

    assertEquals("Zürich talks", decoded.text());
    assertEquals("windows-1252", decoded.charset());
  }

  @Test
  void aTruncatedUtf8SequenceAtTheEndFallsBack() {
    byte[] encoded = concat("Talks in Tehran ".getBytes(StandardCharsets.UTF_8), bytes(0xE2, 0x80));

    DecodedText decoded = TextDecoder.decode(encoded);

    assertEquals("windows-1252", decoded.charset());
    assertEquals("Talks in Tehran â€", decoded.text());
  }

  @Test
  void moreThanFivePercentControlCharactersIsBinary() {
    DecodedText decoded = decodeUtf8("abc\u0001");

    assertEquals(TextDecoder.REASON_BINARY, decoded.rejectReason());
    assertEquals("25% of the characters are control characters", decoded.rejectDetail());
  }

  @Test
  void exactlyFivePercentControlCharactersIsStillText() {
    String text = "a".repeat(19) + "\u0007";

    DecodedText decoded = decodeUtf8(text);

    assertFalse(decoded.isRejected());
    assertEquals(text, decoded.text());
  }

  @Test
  void justOverFivePercentControlCharactersIsBinary() {
    DecodedText decoded = decodeUtf8("a".repeat(18) + "\u0007");

    assertEquals(TextDecoder.REASON_BINARY, decoded.rejectReason());
    assertEquals("5% of the characters are control characters", decoded.rejectDetail());
  }

  @Test
  void tabsLineBreaksAndFormFeedsAreNotCountedAsControlCharacters() {
    String text = "a\tb\nc\rd\fe\r\n";

    DecodedText decoded = decodeUtf8(text);

    assertFalse(decoded.isRejected());
    assertEquals(text, decoded.text());
  }

  @Test
  void rightToLeftCjkAndEmojiWithJoinersArePreserved() {
    String text = "باكستان وإيران تتفقان\nשלום\n巴基斯坦和伊朗\n👩‍💻 👨‍👩‍👧‍👦";

    DecodedText decoded = decodeUtf8(text);

    assertEquals(text, decoded.text());
    assertEquals("UTF-8", decoded.charset());
  }

  @Test
  void aVeryLongSingleLineIsDecoded() {
    String text = "a".repeat(1_000_000);

    DecodedText decoded = decodeUtf8(text);

    assertEquals(1_000_000, decoded.text().length());
  }

  @Test
  void decodedTextHasNoRejectionAndRejectedTextHasNoText() {
    DecodedText decoded = decodeUtf8("Talks resume");
    DecodedText rejected = TextDecoder.decode(new byte[0]);

    assertThrows(NullPointerException.class, decoded::rejectReason);
    assertThrows(NullPointerException.class, decoded::rejectDetail);
    assertThrows(NullPointerException.class, rejected::text);
    assertThrows(NullPointerException.class, rejected::charset);
  }

  @Test
  void theBadInputFilesAreHandledAsTheirReadmeDescribes() throws IOException {
    Path dir = Path.of("../testdata/bad-input");

    DecodedText empty = TextDecoder.decode(Files.readAllBytes(dir.resolve("empty.txt")));
    DecodedText png = TextDecoder.decode(Files.readAllBytes(dir.resolve("pixel.png")));
    DecodedText latin1 = TextDecoder.decode(Files.readAllBytes(dir.resolve("latin1-article.txt")));

    assertEquals(TextDecoder.REASON_EMPTY, empty.rejectReason());
    assertEquals(TextDecoder.REASON_BINARY, png.rejectReason());
    assertEquals("the file is a PNG image", png.rejectDetail());
    assertEquals("windows-1252", latin1.charset());
    assertTrue(latin1.text().startsWith("Le marché de Noël de Sainte-Cécile-sur-Loire rouvre"));
  }
}
