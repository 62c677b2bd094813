package org.newsdedup.text;

import java.util.Arrays;
import java.util.List;

/**
 * The word shingles of a text as a sorted set of 64-bit hashes: every run of {@code size}
 * consecutive lower-cased words. A text shorter than one shingle is one shingle of all its words,
 * so short texts still compare.
 */
public final class Shingles {
  private Shingles() {}

  public static long[] of(String text, int size) {
    List<String> words = Words.tokens(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    long[] wordHashes = new long[words.size()];
    for (int i = 0; i < wordHashes.length; i++) {
      wordHashes[i] = Hashing64.token(words.get(i));
    }
    int count = Math.max(1, wordHashes.length - size + 1);
    long[] shingles = new long[count];
    for (int start = 0; start < count; start++) {
      long h = size;
      for (int j = start; j < Math.min(start + size, wordHashes.length); j++) {
        h = Hashing64.combine(h, wordHashes[j]);
      }
      shingles[start] = h;
    }
    Arrays.sort(shingles);
    return distinctSorted(shingles);
  }

  private static long[] distinctSorted(long[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }
}
