package org.newsdedup.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * A document after cleaning: the article text, and every line taken out with its reason. Lines
 * that carry metadata (headline, byline, dates, breadcrumbs) are among the removed lines, so that
 * metadata extraction reads them before they are gone.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class CleanedDocument {
  public final String id;
  public final String source;
  public final String charset;
  /** The article's paragraphs, one per line. */
  public final String text;
  public final List<RemovedLine> removedLines;

  @SchemaCreate
  public CleanedDocument(
      String id, String source, String charset, String text, List<RemovedLine> removedLines) {
    this.id = Objects.requireNonNull(id);
    this.source = Objects.requireNonNull(source);
    this.charset = Objects.requireNonNull(charset);
    this.text = Objects.requireNonNull(text);
    this.removedLines = List.copyOf(removedLines);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CleanedDocument other
        && id.equals(other.id)
        && source.equals(other.source)
        && charset.equals(other.charset)
        && text.equals(other.text)
        && removedLines.equals(other.removedLines);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, source, charset, text, removedLines);
  }

  @Override
  public String toString() {
    return "CleanedDocument{" + id + ", " + text.length() + " chars, " + removedLines.size()
        + " removed}";
  }
}
