package org.newsdedup.text;

import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The facts {@link MetadataExtractor} read from one article; null where the text does not say.
 * {@code sources} maps each field found to the line it was read from.
 */
public record Metadata(
    @Nullable String title,
    @Nullable FoundDate publishedDate,
    @Nullable String dateSource,
    List<String> authors,
    List<String> agencies,
    @Nullable String publisher,
    @Nullable String section,
    Datelines.@Nullable Dateline dateline,
    Entities entities,
    List<Quotes.Quote> quotes,
    Map<String, String> sources) {
  public Metadata {
    authors = List.copyOf(authors);
    agencies = List.copyOf(agencies);
    quotes = List.copyOf(quotes);
    sources = Map.copyOf(sources);
  }
}
