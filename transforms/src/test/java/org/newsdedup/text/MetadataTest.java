package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetadataTest {
  @Test
  void listsAndSourcesAreCopiedAndCannotChange() {
    List<String> authors = new ArrayList<>(List.of("Jane Doe"));
    List<String> agencies = new ArrayList<>(List.of("Reuters"));
    Map<String, String> sources = new HashMap<>(Map.of("title", "Talks resume"));
    Metadata metadata =
        new Metadata(
            "Talks resume", new FoundDate("2024-01-29", "29 January 2024"), "29 January 2024",
            authors, agencies, null, "World", null,
            new Entities(List.of(), List.of(), List.of()), List.of(), sources);

    authors.add("John Roe");
    agencies.clear();
    sources.clear();

    assertEquals(List.of("Jane Doe"), metadata.authors());
    assertEquals(List.of("Reuters"), metadata.agencies());
    assertEquals(Map.of("title", "Talks resume"), metadata.sources());
    assertThrows(UnsupportedOperationException.class, () -> metadata.authors().add("x"));
  }
}
