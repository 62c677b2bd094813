package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** A statement an article quotes, and its speaker when the text attributes it. */
@DefaultSchema(JavaFieldSchema.class)
public final class Quote {
  public final String text;
  public final @Nullable String speaker;

  @SchemaCreate
  public Quote(String text, @Nullable String speaker) {
    this.text = Objects.requireNonNull(text);
    this.speaker = speaker;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Quote other && text.equals(other.text) && Objects.equals(speaker, other.speaker);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, speaker);
  }

  @Override
  public String toString() {
    return "Quote{" + speaker + ": " + text + "}";
  }
}
