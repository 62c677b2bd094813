package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any bytes: the decoder returns text in a named charset or a reason, never throws. By default
 * the seeds under {@code src/test/resources/.../TextDecoderFuzzTestInputs} are replayed; with
 * {@code JAZZER_FUZZ=1} Jazzer searches for new inputs (see README, "Bad input and faults").
 */
class TextDecoderFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decodesOrRejectsAnyBytes(byte[] bytes) {
    DecodedText decoded = TextDecoder.decode(bytes);
    if (decoded.isRejected()) {
      assertFalse(decoded.rejectDetail().isEmpty());
    } else {
      assertFalse(decoded.text().isBlank());
      assertNotNull(decoded.charset());
    }
  }
}
