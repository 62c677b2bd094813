package org.newsdedup.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Every pair of sets with Jaccard similarity at or above a threshold, exactly, on one thread:
 * the AllPairs algorithm (Bayardo, Ma and Srikant, 2007) with its prefix and size filters. The
 * elements are ranked rarest first; two sets with Jaccard ≥ t must share an element among the
 * first {@code |x| - ceil(t·|x|) + 1} of the smaller set in that order, so only those prefixes
 * are indexed and probed, and sets are visited by size so each one meets only sets no larger.
 * Candidates are then verified by a merge of their ranked elements.
 */
final class AllPairs {
  private AllPairs() {}

  /** The pairs as {@code (i << 32) | j} with {@code i < j}, sorted. */
  static long[] pairs(long[][] sets, double threshold) {
    int[][] ranked = rankRarestFirst(sets);
    Integer[] bySize = new Integer[sets.length];
    for (int i = 0; i < bySize.length; i++) {
      bySize[i] = i;
    }
    Arrays.sort(bySize, (a, b) -> ranked[a].length != ranked[b].length
        ? Integer.compare(ranked[a].length, ranked[b].length) : Integer.compare(a, b));
    Postings index = new Postings(elementCount(ranked));
    int[] overlap = new int[sets.length];
    int[] touched = new int[sets.length];
    LongList found = new LongList();
    for (int x : bySize) {
      int[] set = ranked[x];
      if (set.length == 0) {
        continue;
      }
      int prefix = set.length - (int) Math.ceil(threshold * set.length - 1e-9) + 1;
      int minSize = (int) Math.ceil(threshold * set.length - 1e-9);
      int touchedCount = 0;
      for (int p = 0; p < prefix; p++) {
        for (int posting = index.head[set[p]]; posting >= 0; posting = index.next[posting]) {
          int y = index.set[posting];
          if (ranked[y].length < minSize) {
            continue;
          }
          if (overlap[y]++ == 0) {
            touched[touchedCount++] = y;
          }
        }
      }
      for (int t = 0; t < touchedCount; t++) {
        int y = touched[t];
        overlap[y] = 0;
        if (jaccard(set, ranked[y]) >= threshold) {
          found.add(PairFile.pair(x, y));
        }
      }
      for (int p = 0; p < prefix; p++) {
        index.add(set[p], x);
      }
    }
    long[] pairs = found.toArray();
    Arrays.sort(pairs);
    return pairs;
  }

  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / (a.length + b.length - shared);
  }

  /**
   * Each set's elements as ranks, 0 for the rarest element of the whole collection, sorted. Done
   * by sorting rather than hashing, so 100 million elements fit in a few gigabytes.
   */
  private static int[][] rankRarestFirst(long[][] sets) {
    LongList all = new LongList();
    for (long[] set : sets) {
      for (long element : set) {
        all.add(element);
      }
    }
    long[] sorted = all.toArray();
    Arrays.sort(sorted);
    LongList distinct = new LongList();
    LongList countThenIndex = new LongList();
    for (int i = 0; i < sorted.length; ) {
      int run = i;
      while (run < sorted.length && sorted[run] == sorted[i]) {
        run++;
      }
      countThenIndex.add(((long) (run - i) << 32) | distinct.size());
      distinct.add(sorted[i]);
      i = run;
    }
    long[] elements = distinct.toArray();
    long[] byCount = countThenIndex.toArray();
    Arrays.sort(byCount);
    int[] rankOf = new int[elements.length];
    for (int r = 0; r < byCount.length; r++) {
      rankOf[(int) byCount[r]] = r;
    }
    int[][] ranked = new int[sets.length][];
    for (int i = 0; i < sets.length; i++) {
      ranked[i] = new int[sets[i].length];
      for (int j = 0; j < sets[i].length; j++) {
        ranked[i][j] = rankOf[Arrays.binarySearch(elements, sets[i][j])];
      }
      Arrays.sort(ranked[i]);
    }
    return ranked;
  }

  private static int elementCount(int[][] ranked) {
    int max = -1;
    for (int[] set : ranked) {
      for (int element : set) {
        max = Math.max(max, element);
      }
    }
    return max + 1;
  }

  /** Inverted lists as linked postings in flat arrays: the newest posting of each element first. */
  private static final class Postings {
    final int[] head;
    int[] next = new int[1024];
    int[] set = new int[1024];
    int size;

    Postings(int elements) {
      head = new int[elements];
      Arrays.fill(head, -1);
    }

    void add(int element, int setIndex) {
      if (size == next.length) {
        next = Arrays.copyOf(next, size * 2);
        set = Arrays.copyOf(set, size * 2);
      }
      next[size] = head[element];
      set[size] = setIndex;
      head[element] = size++;
    }
  }

  /** {@code AllPairs SHINGLES THRESHOLD OUT}: writes the pairs, prints the seconds taken. */
  public static void main(String[] args) throws IOException {
    long[][] sets = ShingleSets.read(Path.of(args[0]));
    double threshold = Double.parseDouble(args[1]);
    long started = System.nanoTime();
    long[] pairs = pairs(sets, threshold);
    double seconds = (System.nanoTime() - started) / 1e9;
    PairFile.write(pairs, Path.of(args[2]));
    System.out.printf("{\"seconds\": %.3f, \"pairs\": %d}%n", seconds, pairs.length);
  }
}
