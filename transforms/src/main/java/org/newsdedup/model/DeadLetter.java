package org.newsdedup.model;

import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * An input a step could not use: where it came from, which step refused it and why, and the input
 * itself (cut to {@link #MAX_INPUT_CHARS}) so that nothing is lost without a trace.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class DeadLetter {
  /** How much of the original input a dead letter keeps. */
  public static final int MAX_INPUT_CHARS = 64 * 1024;

  public static final String ENCODING_TEXT = "text";
  public static final String ENCODING_BASE64 = "base64";
  public static final String ENCODING_NONE = "none";

  public final String source;
  public final String step;
  /** A short stable reason code, e.g. {@code empty} or {@code binary}. */
  public final String reason;
  /** A human-readable explanation of the reason. */
  public final String detail;
  /** The original input as text or base64, possibly cut; empty when it could not be read. */
  public final String input;
  /** {@link #ENCODING_TEXT}, {@link #ENCODING_BASE64} or {@link #ENCODING_NONE}. */
  public final String inputEncoding;
  public final boolean inputTruncated;

  @SchemaCreate
  public DeadLetter(
      String source,
      String step,
      String reason,
      String detail,
      String input,
      String inputEncoding,
      boolean inputTruncated) {
    this.source = Objects.requireNonNull(source);
    this.step = Objects.requireNonNull(step);
    this.reason = Objects.requireNonNull(reason);
    this.detail = Objects.requireNonNull(detail);
    this.input = Objects.requireNonNull(input);
    this.inputEncoding = Objects.requireNonNull(inputEncoding);
    this.inputTruncated = inputTruncated;
  }

  /** A dead letter that keeps the input as text, cut to {@link #MAX_INPUT_CHARS}. */
  public static DeadLetter ofText(
      String source, String step, String reason, String detail, String text) {
    boolean truncated = text.length() > MAX_INPUT_CHARS;
    String kept = truncated ? text.substring(0, MAX_INPUT_CHARS) : text;
    return new DeadLetter(source, step, reason, detail, kept, ENCODING_TEXT, truncated);
  }

  /** A dead letter that keeps the input's first bytes as base64. */
  public static DeadLetter ofBytes(
      String source, String step, String reason, String detail, byte[] bytes, boolean truncated) {
    int keep = Math.min(bytes.length, MAX_INPUT_CHARS);
    String encoded =
        Base64.getEncoder().encodeToString(Arrays.copyOf(bytes, keep));
    return new DeadLetter(
        source, step, reason, detail, encoded, ENCODING_BASE64, truncated || keep < bytes.length);
  }

  /** A dead letter for an input that could not be read at all. */
  public static DeadLetter unreadable(String source, String step, String reason, String detail) {
    return new DeadLetter(source, step, reason, detail, "", ENCODING_NONE, false);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DeadLetter other
        && source.equals(other.source)
        && step.equals(other.step)
        && reason.equals(other.reason)
        && detail.equals(other.detail)
        && input.equals(other.input)
        && inputEncoding.equals(other.inputEncoding)
        && inputTruncated == other.inputTruncated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, step, reason, detail, input, inputEncoding, inputTruncated);
  }

  @Override
  public String toString() {
    return "DeadLetter{" + source + ", " + step + ", " + reason + ": " + detail + "}";
  }
}
