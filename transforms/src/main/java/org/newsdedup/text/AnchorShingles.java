package org.newsdedup.text;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Finds contained copies that MinHash misses. A slide, an excerpt or a short truncation holds
 * only a small part of its article's shingles, so their Jaccard similarity is low (0.2 for a
 * fifth of the article) and LSH banding rarely pairs them. But every shingle of a contained
 * copy is a shingle of the article: pick a fixed sample of shingles by their hash (one in
 * {@code every}), the same in every document, and a contained copy shares all its sampled
 * shingles with its article. A text of 60 words (56 shingles) has at least one sampled shingle
 * with probability 1 − (15/16)^56 = 0.97 at one in 16.
 *
 * <p>A sampled shingle that many documents share is a stock phrase or a template, not a copy:
 * callers skip such keys (see {@link #DEFAULT_MAX_SHARERS}).
 */
public final class AnchorShingles {
  public static final int DEFAULT_EVERY = 16;
  /** Documents sharing one anchor beyond which it says nothing about copying. */
  public static final int DEFAULT_MAX_SHARERS = 100;
  private static final long SALT = 0x616e63686f72L;

  private AnchorShingles() {}

  /**
   * Documents sharing one anchor up to which every pair of them is a candidate; beyond it each is
   * paired with the first of them only. A widely shared anchor is mostly a phrase that unrelated
   * texts happen to share, and its pairs grow with the square of its sharers (at 100,000 generated
   * articles, the 1.5% of shared anchors held by more than 10 texts proposed 71% of all anchor
   * pairs). An excerpt of a story that many outlets print still meets one of the story's copies:
   * they are most of the sharers of its anchors, and the copies group by their bands.
   */
  public static final int DEFAULT_MAX_CLIQUE = 10;

  /**
   * Hands the candidate pairs of the documents that share one anchor to {@code pair}, smaller id
   * first: every pair up to {@link #DEFAULT_MAX_CLIQUE} sharers, each with the first beyond, none
   * when more than {@code maxSharers} share it; returns whether it paired them.
   */
  public static boolean pairSharers(
      List<String> sharers, int maxSharers, BiConsumer<String, String> pair) {
    if (sharers.size() > maxSharers) {
      return false;
    }
    BucketPairs.forEach(sharers, Math.min(DEFAULT_MAX_CLIQUE, maxSharers), pair);
    return true;
  }

  /** The keys of the sampled shingles of a sorted shingle set. */
  public static long[] keys(long[] shingles, int every) {
    if (every < 1) {
      throw new IllegalArgumentException("every must be positive, got " + every);
    }
    long[] keys = new long[shingles.length];
    int n = 0;
    for (long shingle : shingles) {
      long mixed = Hashing64.mix(shingle ^ SALT);
      if (Long.remainderUnsigned(mixed, every) == 0) {
        keys[n++] = mixed;
      }
    }
    return Arrays.copyOf(keys, n);
  }
}
