package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataTest {
  @Test
  void authorsAndAgenciesAreCopiedAndCannotChange() {
    List<String> authors = new ArrayList<>(List.of("Jane Doe"));
    List<String> agencies = new ArrayList<>(List.of("Reuters"));
    Metadata metadata =
        new Metadata(
            "Talks resume",
            new FoundDate("2024-01-29", "29 January 2024"),
            "29 January 2024",
            authors,
            agencies,
            null,
            "World");

    authors.add("John Roe");
    agencies.clear();

    assertEquals(List.of("Jane Doe"), metadata.authors());
    assertEquals(List.of("Reuters"), metadata.agencies());
    assertThrows(UnsupportedOperationException.class, () -> metadata.authors().add("x"));
  }
}
