package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * A member of a group that came from an earlier night's run (read from the index): its article
 * id and the run date it was published under. Its text and metadata are in that night's output.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class EarlierMember {
  public final String id;
  public final String runDate;

  @SchemaCreate
  public EarlierMember(String id, String runDate) {
    this.id = Objects.requireNonNull(id);
    this.runDate = Objects.requireNonNull(runDate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EarlierMember other && id.equals(other.id) && runDate.equals(other.runDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, runDate);
  }

  @Override
  public String toString() {
    return runDate + "/" + id;
  }
}
