package org.newsdedup.text;

import java.util.Comparator;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The rule that picks a group's canonical article: the earliest published (an article with a
 * date before one without), then the most complete (most words), then the smallest id, so the
 * choice never depends on processing order.
 */
public final class CanonicalOrder {
  /** The three facts the rule reads. */
  public record Candidate(String id, @Nullable String publishedDate, int wordCount) {}

  public static final Comparator<Candidate> FIRST_IS_CANONICAL =
      Comparator.comparing(
              Candidate::publishedDate, Comparator.nullsLast(Comparator.<String>naturalOrder()))
          .thenComparing(Comparator.comparingInt(Candidate::wordCount).reversed())
          .thenComparing(Candidate::id);

  private CanonicalOrder() {}
}
