package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** The dateline that opens an article ("ISLAMABAD, Jan 30 (Reuters) -"): as written, place, agency. */
@DefaultSchema(JavaFieldSchema.class)
public final class Dateline {
  public final String text;
  public final @Nullable String place;
  /** The wire agency by canonical name, or null when the parenthesis names no agency. */
  public final @Nullable String agency;

  @SchemaCreate
  public Dateline(String text, @Nullable String place, @Nullable String agency) {
    this.text = Objects.requireNonNull(text);
    this.place = place;
    this.agency = agency;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dateline other
        && text.equals(other.text)
        && Objects.equals(place, other.place)
        && Objects.equals(agency, other.agency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, place, agency);
  }

  @Override
  public String toString() {
    return "Dateline{" + text + "}";
  }
}
