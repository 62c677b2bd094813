package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FeedRecordsTest {
  private static FeedRecords.Decoded decode(String value) {
    return FeedRecords.decode(value.getBytes(StandardCharsets.UTF_8), "articles/0/7", 1000);
  }

  @Test
  void rawTextIsNamedAfterWhereItCameFrom() {
    FeedRecords.Decoded decoded = decode("Talks in Islamabad ended on Monday.");
    assertFalse(decoded.isRejected());
    assertEquals("articles/0/7", decoded.id());
    assertEquals("articles/0/7", decoded.source());
    assertEquals("UTF-8", decoded.charset());
    assertEquals("Talks in Islamabad ended on Monday.", decoded.text());
  }

  @Test
  void jsonGivesIdTextUrlAndDate() {
    FeedRecords.Decoded decoded =
        decode(
            " {\"id\": \"a-1\", \"text\": \"Body\", \"url\": \"https://example.org/a\","
                + " \"publishedDate\": \"2024-01-29\"}");
    assertEquals("a-1", decoded.id());
    assertEquals("https://example.org/a", decoded.source());
    assertEquals("Body", decoded.text());
    assertEquals("2024-01-29", decoded.publishedDate());
  }

  @Test
  void jsonWithoutUrlKeepsTheOrigin() {
    assertEquals("articles/0/7", decode("{\"id\": \"a-1\", \"text\": \"Body\"}").source());
  }

  @Test
  void badRecordsSayWhy() {
    assertEquals("bad-json", decode("{\"id\": \"a-1\", \"text\": ").rejectReason());
    assertEquals("bad-json", decode("{\"text\": \"Body\"}").rejectReason());
    assertEquals("bad-json", decode("{\"id\": \"a-1\", \"text\": 42}").rejectReason());
    assertEquals("blank", decode("{\"id\": \"a-1\", \"text\": \"  \"}").rejectReason());
    assertEquals("empty", FeedRecords.decode(new byte[0], "o", 10).rejectReason());
    assertEquals("binary", FeedRecords.decode(new byte[] {0, 1, 0, 2}, "o", 10).rejectReason());
    FeedRecords.Decoded tooLarge = FeedRecords.decode(new byte[11], "o", 10);
    assertTrue(tooLarge.isRejected());
    assertEquals("too-large", tooLarge.rejectReason());
    assertNull(tooLarge.text());
  }
}
