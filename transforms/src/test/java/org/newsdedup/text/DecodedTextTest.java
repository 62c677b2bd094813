package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecodedTextTest {
  @Test
  void decodedTextCarriesItsTextAndCharset() {
    DecodedText decoded = DecodedText.decoded("Talks resume", "UTF-8");

    assertFalse(decoded.isRejected());
    assertEquals("Talks resume", decoded.text());
    assertEquals("UTF-8", decoded.charset());
    assertThrows(NullPointerException.class, decoded::rejectReason);
    assertThrows(NullPointerException.class, decoded::rejectDetail);
  }

  @Test
  void aRejectionCarriesItsReasonAndDetailButNoText() {
    DecodedText rejected = DecodedText.rejected("binary", "NUL byte at offset 8");

    assertTrue(rejected.isRejected());
    assertEquals("binary", rejected.rejectReason());
    assertEquals("NUL byte at offset 8", rejected.rejectDetail());
    assertThrows(NullPointerException.class, rejected::text);
    assertThrows(NullPointerException.class, rejected::charset);
  }

  @Test
  void missingPartsAreRefused() {
    assertThrows(NullPointerException.class, () -> DecodedText.decoded(null, "UTF-8"));
    assertThrows(NullPointerException.class, () -> DecodedText.decoded("text", null));
    assertThrows(NullPointerException.class, () -> DecodedText.rejected(null, "detail"));
    assertThrows(NullPointerException.class, () -> DecodedText.rejected("empty", null));
  }
}
