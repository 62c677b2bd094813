package org.newsdedup.text;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The facts {@link MetadataExtractor} read from one article; null where the text does not say. */
public record Metadata(
    @Nullable String title,
    @Nullable FoundDate publishedDate,
    @Nullable String dateSource,
    List<String> authors,
    List<String> agencies,
    @Nullable String publisher,
    @Nullable String section) {
  public Metadata {
    authors = List.copyOf(authors);
    agencies = List.copyOf(agencies);
  }
}
