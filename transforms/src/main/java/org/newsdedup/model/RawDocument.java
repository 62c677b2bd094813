package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** One input document decoded to text, before any cleaning. */
@DefaultSchema(JavaFieldSchema.class)
public final class RawDocument {
  /** The input's path as the user's glob names it; unique within a run. */
  public final String id;
  /** Where the input came from: the file path, or for streamed records their origin. */
  public final String source;
  /** The charset the bytes were decoded with, e.g. {@code UTF-8} or {@code windows-1252}. */
  public final String charset;
  public final String text;

  @SchemaCreate
  public RawDocument(String id, String source, String charset, String text) {
    this.id = Objects.requireNonNull(id);
    this.source = Objects.requireNonNull(source);
    this.charset = Objects.requireNonNull(charset);
    this.text = Objects.requireNonNull(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RawDocument other
        && id.equals(other.id)
        && source.equals(other.source)
        && charset.equals(other.charset)
        && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, source, charset, text);
  }

  @Override
  public String toString() {
    return "RawDocument{" + id + ", " + charset + ", " + text.length() + " chars}";
  }
}
