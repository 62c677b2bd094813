package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoldMetadataTest {
  private static final String COMPLETE =
      "{\"title\": \"Storm Edith live\", \"publishedDate\": \"2024-02-06T07:30+00:00\","
          + " \"authors\": [\"Ann Lee\"], \"publisher\": null, \"agencies\": [],"
          + " \"section\": \"Weather\", \"language\": \"en\", \"people\": [\"Edith Jones\"]}";

  @Test
  void readsEveryField() throws IOException {
    assertEquals(
        new GoldMetadata(
            "Storm Edith live", "2024-02-06T07:30+00:00", List.of("Ann Lee"), null, List.of(),
            "Weather", "en", List.of("Edith Jones")),
        GoldMetadata.parse(COMPLETE, "gold/storm.json"));
  }

  @Test
  void aMissingKeyIsAnErrorNamingTheFileAndKey() {
    IOException error =
        assertThrows(
            IOException.class,
            () -> GoldMetadata.parse(COMPLETE.replace("\"section\"", "\"sectoin\""), "gold/storm.json"));

    assertTrue(error.getMessage().contains("gold/storm.json"), error.getMessage());
    assertTrue(error.getMessage().contains("\"section\""), error.getMessage());
  }

  @Test
  void aValueOfTheWrongTypeIsAnError() {
    assertThrows(
        IOException.class,
        () -> GoldMetadata.parse(COMPLETE.replace("[\"Ann Lee\"]", "\"Ann Lee\""), "gold/a.json"));
    assertThrows(
        IOException.class,
        () -> GoldMetadata.parse(COMPLETE.replace("\"en\"", "7"), "gold/a.json"));
    assertThrows(IOException.class, () -> GoldMetadata.parse("[]", "gold/a.json"));
  }
}
