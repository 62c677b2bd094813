package org.newsdedup.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Reads one record of a news feed (a Kafka message): either the article's raw text, or a JSON
 * object {@code {"id": …, "text": …, "url": …, "publishedDate": …}} whose {@code id} and {@code
 * text} are required and {@code url} and {@code publishedDate} optional. A record whose first
 * non-blank character is <code>{</code> is read as JSON; anything else as text, decoded as files
 * are ({@link TextDecoder}). A record without an id is named after where it came from.
 */
public final class FeedRecords {
  public static final String REASON_TOO_LARGE = "too-large";
  public static final String REASON_BAD_JSON = "bad-json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A usable record, or why it is not one. */
  public record Decoded(
      @Nullable String id,
      @Nullable String source,
      @Nullable String charset,
      @Nullable String text,
      @Nullable String publishedDate,
      @Nullable String rejectReason,
      @Nullable String rejectDetail) {
    public boolean isRejected() {
      return rejectReason != null;
    }

    static Decoded rejected(String reason, String detail) {
      return new Decoded(null, null, null, null, null, reason, detail);
    }
  }

  private FeedRecords() {}

  /**
   * Decodes a record that came from {@code origin} (e.g. {@code topic/partition/offset}), refusing
   * it when it is larger than {@code maxBytes}.
   */
  public static Decoded decode(byte[] value, String origin, long maxBytes) {
    if (value.length > maxBytes) {
      return Decoded.rejected(REASON_TOO_LARGE, "larger than maxDocumentBytes=" + maxBytes);
    }
    DecodedText decoded = TextDecoder.decode(value);
    if (decoded.isRejected()) {
      return Decoded.rejected(decoded.rejectReason(), decoded.rejectDetail());
    }
    String text = decoded.text();
    if (!text.stripLeading().startsWith("{")) {
      return new Decoded(origin, origin, decoded.charset(), text, null, null, null);
    }
    return fromJson(text, origin, decoded.charset());
  }

  private static Decoded fromJson(String json, String origin, String charset) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return Decoded.rejected(REASON_BAD_JSON, "not valid JSON: " + e.getOriginalMessage());
    }
    String id = textField(node, "id");
    String text = textField(node, "text");
    if (id == null || id.isBlank()) {
      return Decoded.rejected(REASON_BAD_JSON, "the JSON record has no \"id\" string");
    }
    if (text == null) {
      return Decoded.rejected(REASON_BAD_JSON, "the JSON record has no \"text\" string");
    }
    if (text.isBlank()) {
      return Decoded.rejected(TextDecoder.REASON_BLANK, "the record's text is empty or blank");
    }
    String url = textField(node, "url");
    return new Decoded(
        id, url == null ? origin : url, charset, text, textField(node, "publishedDate"), null, null);
  }

  private static @Nullable String textField(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }
}
