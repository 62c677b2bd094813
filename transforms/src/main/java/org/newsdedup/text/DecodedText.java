package org.newsdedup.text;

import java.util.Objects;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What {@link TextDecoder} made of a file's bytes: either text with the charset it was read in,
 * or a rejection with a reason code and a detail for people.
 */
public final class DecodedText {
  private final @Nullable String text;
  private final @Nullable String charset;
  private final @Nullable String rejectReason;
  private final @Nullable String rejectDetail;

  private DecodedText(
      @Nullable String text,
      @Nullable String charset,
      @Nullable String rejectReason,
      @Nullable String rejectDetail) {
    this.text = text;
    this.charset = charset;
    this.rejectReason = rejectReason;
    this.rejectDetail = rejectDetail;
  }

  static DecodedText decoded(String text, String charset) {
    return new DecodedText(Objects.requireNonNull(text), Objects.requireNonNull(charset), null, null);
  }

  static DecodedText rejected(String reason, String detail) {
    return new DecodedText(null, null, Objects.requireNonNull(reason), Objects.requireNonNull(detail));
  }

  public boolean isRejected() {
    return rejectReason != null;
  }

  public String text() {
    return Objects.requireNonNull(text, "rejected input has no text");
  }

  public String charset() {
    return Objects.requireNonNull(charset, "rejected input has no charset");
  }

  public String rejectReason() {
    return Objects.requireNonNull(rejectReason, "decoded input has no reject reason");
  }

  public String rejectDetail() {
    return Objects.requireNonNull(rejectDetail, "decoded input has no reject detail");
  }
}
