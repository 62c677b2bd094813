package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What an LSH bucket of the streaming pipeline remembers of an article that fell into it: its id,
 * when it arrived (event time) and its publication day. Texts, shingles and embeddings are kept
 * once per article elsewhere, never once per bucket.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Sighting {
  public final String id;
  /** Event time of the article, in milliseconds since the epoch. */
  public final long eventMillis;
  /** Publication day (days since 1970-01-01), or null when the article shows no date. */
  public final @Nullable Long publishedDay;

  @SchemaCreate
  public Sighting(String id, long eventMillis, @Nullable Long publishedDay) {
    this.id = Objects.requireNonNull(id);
    this.eventMillis = eventMillis;
    this.publishedDay = publishedDay;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sighting other
        && id.equals(other.id)
        && eventMillis == other.eventMillis
        && Objects.equals(publishedDay, other.publishedDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, eventMillis, publishedDay);
  }

  @Override
  public String toString() {
    return "Sighting{" + id + " at " + eventMillis + "}";
  }
}
