package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The candidate pairs of one LSH bucket: every pair of its members, smaller id first. A bucket
 * past the size limit is a shared template rather than a copy, and would cost a quadratic number
 * of verifications: its members are paired with the bucket's first member only.
 */
public final class BucketPairs {
  private BucketPairs() {}

  /** Whether a bucket of this many members is past the limit. */
  public static boolean isOversized(int members, int maxBucketSize) {
    return members > maxBucketSize;
  }

  /** Hands each candidate pair of the bucket to {@code pair}, smaller id first. */
  public static void forEach(Iterable<String> members, int maxBucketSize, BiConsumer<String, String> pair) {
    List<String> ids = new ArrayList<>();
    members.forEach(ids::add);
    ids.sort(null);
    if (isOversized(ids.size(), maxBucketSize)) {
      for (int i = 1; i < ids.size(); i++) {
        pair.accept(ids.get(0), ids.get(i));
      }
      return;
    }
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        pair.accept(ids.get(i), ids.get(j));
      }
    }
  }
}
