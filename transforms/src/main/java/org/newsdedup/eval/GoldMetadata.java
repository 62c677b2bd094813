package org.newsdedup.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The hand-checked metadata of one corpus document, read from {@code gold/NAME.json}. Every key
 * must be present, so that a misspelt key fails loudly instead of scoring as "no value".
 */
public record GoldMetadata(
    @Nullable String title,
    @Nullable String publishedDate,
    List<String> authors,
    @Nullable String publisher,
    List<String> agencies,
    @Nullable String section,
    @Nullable String language,
    List<String> people) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public GoldMetadata {
    authors = List.copyOf(authors);
    agencies = List.copyOf(agencies);
    people = List.copyOf(people);
  }

  /** Parses the JSON; {@code source} names the file in error messages. */
  public static GoldMetadata parse(String json, String source) throws IOException {
    JsonNode root = JSON.readTree(json);
    if (root == null || !root.isObject()) {
      throw new IOException(source + ": expected a JSON object");
    }
    return new GoldMetadata(
        text(root, "title", source),
        text(root, "publishedDate", source),
        list(root, "authors", source),
        text(root, "publisher", source),
        list(root, "agencies", source),
        text(root, "section", source),
        text(root, "language", source),
        list(root, "people", source));
  }

  private static @Nullable String text(JsonNode root, String key, String source)
      throws IOException {
    JsonNode value = required(root, key, source);
    if (value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IOException(source + ": \"" + key + "\" must be a string or null");
    }
    return value.asText();
  }

  private static List<String> list(JsonNode root, String key, String source) throws IOException {
    JsonNode value = required(root, key, source);
    if (value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IOException(source + ": \"" + key + "\" must be a list of strings");
    }
    List<String> items = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        throw new IOException(source + ": \"" + key + "\" must be a list of strings");
      }
      items.add(item.asText());
    }
    return items;
  }

  private static JsonNode required(JsonNode root, String key, String source) throws IOException {
    JsonNode value = root.get(key);
    if (value == null) {
      throw new IOException(source + ": missing \"" + key + "\"");
    }
    return value;
  }
}
