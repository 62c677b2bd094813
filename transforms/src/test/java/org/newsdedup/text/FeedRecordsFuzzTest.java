package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Any Kafka record value, JSON or not: decoded to an article's id and text, or rejected with a
 * reason, never an exception.
 */
class FeedRecordsFuzzTest {
  @FuzzTest(maxDuration = "5m")
  void decodesOrRejectsAnyRecord(byte[] value) {
    FeedRecords.Decoded decoded = FeedRecords.decode(value, "articles/0/1", 1_000_000);
    if (decoded.isRejected()) {
      assertNotNull(decoded.rejectDetail());
    } else {
      assertNotNull(decoded.id());
      assertFalse(decoded.text().isBlank());
    }
  }
}
