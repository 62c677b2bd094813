package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** A line the cleaner took out of an article's text, and the rule that took it. */
@DefaultSchema(JavaFieldSchema.class)
public final class RemovedLine {
  /** 1-based line number in the decoded input. */
  public final int lineNumber;
  public final String text;
  public final String reason;

  @SchemaCreate
  public RemovedLine(int lineNumber, String text, String reason) {
    this.lineNumber = lineNumber;
    this.text = Objects.requireNonNull(text);
    this.reason = Objects.requireNonNull(reason);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RemovedLine other
        && lineNumber == other.lineNumber
        && text.equals(other.text)
        && reason.equals(other.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lineNumber, text, reason);
  }

  @Override
  public String toString() {
    return lineNumber + ":" + reason + ":" + text;
  }
}
