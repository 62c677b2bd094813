package org.newsdedup.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Which articles of an LSH bucket are compared for the story tier: reports of one story appear
 * within days of each other, so two dated articles are compared only when their publication days
 * are at most {@code days} apart. An article with no date could be from any time: it is compared
 * with every article of its bucket.
 *
 * <p>A bucket of more than {@code maxBucketSize} articles is a shared template or a story with
 * overwhelming coverage; comparing every pair in it would cost a quadratic number of
 * comparisons, so each of its articles is compared only with the one before it in (day, id)
 * order, undated articles first, when the window allows. A real story still connects through
 * the chain.
 */
public final class StoryWindow {
  /** An article of a bucket: its id and publication day (days since 1970-01-01), or null. */
  public record Dated(String id, @Nullable Long day) {}

  /** A candidate pair, smaller id first. */
  public record Pair(String left, String right) {
    public static Pair of(String a, String b) {
      return a.compareTo(b) <= 0 ? new Pair(a, b) : new Pair(b, a);
    }
  }

  private static final Comparator<Dated> BY_DAY_THEN_ID =
      Comparator.comparing(Dated::day, Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
          .thenComparing(Dated::id);

  private final int days;
  private final int maxBucketSize;

  public StoryWindow(int days, int maxBucketSize) {
    if (days < 0 || maxBucketSize < 2) {
      throw new IllegalArgumentException(
          "the window must be at least 0 days and buckets hold at least 2, got "
              + days + ", " + maxBucketSize);
    }
    this.days = days;
    this.maxBucketSize = maxBucketSize;
  }

  /**
   * The day of an ISO-8601 date or date-time ({@code 2024-01-29}, {@code 2024-01-30T13:49+05:00}:
   * its first ten characters), or null when there is none or it cannot be read.
   */
  public static @Nullable Long epochDay(@Nullable String isoDate) {
    if (isoDate == null || isoDate.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(isoDate.substring(0, 10)).toEpochDay();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Whether two articles are close enough in time to be compared. */
  public boolean allows(@Nullable Long dayA, @Nullable Long dayB) {
    return dayA == null || dayB == null || Math.abs(dayA - dayB) <= days;
  }

  /** The pairs of one bucket to compare, each once. */
  public List<Pair> pairs(List<Dated> bucket) {
    List<Dated> sorted = new ArrayList<>(bucket);
    sorted.sort(BY_DAY_THEN_ID);
    List<Pair> pairs = new ArrayList<>();
    if (sorted.size() > maxBucketSize) {
      for (int i = 1; i < sorted.size(); i++) {
        Dated previous = sorted.get(i - 1);
        Dated current = sorted.get(i);
        if (allows(previous.day(), current.day())) {
          pairs.add(Pair.of(previous.id(), current.id()));
        }
      }
      return pairs;
    }
    int firstDated = 0;
    while (firstDated < sorted.size() && sorted.get(firstDated).day() == null) {
      firstDated++;
    }
    for (int i = 0; i < firstDated; i++) {
      for (int j = i + 1; j < sorted.size(); j++) {
        pairs.add(Pair.of(sorted.get(i).id(), sorted.get(j).id()));
      }
    }
    for (int i = firstDated; i < sorted.size(); i++) {
      long day = sorted.get(i).day();
      for (int j = i + 1; j < sorted.size() && sorted.get(j).day() - day <= days; j++) {
        pairs.add(Pair.of(sorted.get(i).id(), sorted.get(j).id()));
      }
    }
    return pairs;
  }

  /** Whether the bucket is past the size limit (and so only chained). */
  public boolean isOversized(int bucketSize) {
    return bucketSize > maxBucketSize;
  }
}
