package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MixedUtf8Test {
  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  @Test
  void wellFormedSequencesHaveTheirLength() {
    byte[] text = "aé€😀".getBytes(StandardCharsets.UTF_8);

    assertEquals(1, MixedUtf8.sequenceLength(text, 0));
    assertEquals(2, MixedUtf8.sequenceLength(text, 1));
    assertEquals(3, MixedUtf8.sequenceLength(text, 3));
    assertEquals(4, MixedUtf8.sequenceLength(text, 6));
    assertEquals(3, MixedUtf8.multiByteSequences(text, 0));
  }

  @Test
  void overlongSurrogateAndCutSequencesAreNotUtf8() {
    assertEquals(0, MixedUtf8.sequenceLength(bytes(0xC0, 0xAF), 0), "overlong '/'");
    assertEquals(0, MixedUtf8.sequenceLength(bytes(0xED, 0xA0, 0x80), 0), "a surrogate");
    assertEquals(0, MixedUtf8.sequenceLength(bytes(0xF4, 0x90, 0x80, 0x80), 0), "past U+10FFFF");
    assertEquals(0, MixedUtf8.sequenceLength(bytes(0xE2, 0x80), 0), "cut at the end");
    assertEquals(0, MixedUtf8.sequenceLength(bytes(0x80), 0), "a lone continuation byte");
  }

  @Test
  void eachByteThatStartsNoSequenceIsReadAsWindows1252() {
    // "é" in UTF-8, then é, a curly quote and a cut euro sign as single bytes.
    byte[] mixed = bytes('a', 0xC3, 0xA9, ' ', 0xE9, 0x93, ' ', 0xE2, 0x82);

    assertEquals("aé é“ â‚", MixedUtf8.decode(mixed, 0));
    assertEquals(1, MixedUtf8.multiByteSequences(mixed, 0));
  }

  @Test
  void decodingStartsAtTheOffset() {
    assertEquals("é", MixedUtf8.decode(bytes(0xEF, 0xBB, 0xBF, 0xC3, 0xA9), 3));
  }
}
