package org.newsdedup.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Precision and recall of found pairs against the exact pairs. Found pairs come either as
 * edges (a pair join) or as groups (the pipeline's connected components, in which two members
 * may be linked through others): a pair of one group counts as correct when its two articles are
 * in one connected component of the exact pairs, so a chain the threshold allows is not held
 * against the grouping.
 */
record PairScores(long found, long correct, long truePairs, long recalled) {
  double precision() {
    return found == 0 ? 1 : (double) correct / found;
  }

  double recall() {
    return truePairs == 0 ? 1 : (double) recalled / truePairs;
  }

  /** Found pairs scored edge by edge: correct when the pair is exact. */
  static PairScores ofEdges(long[] found, long[] exact) {
    long hits = Arrays.stream(found).filter(pair -> Arrays.binarySearch(exact, pair) >= 0).count();
    return new PairScores(found.length, hits, exact.length, hits);
  }

  /** Found groups scored by co-membership. */
  static PairScores ofGroups(List<int[]> groups, long[] exact, int articleCount) {
    int[] exactComponent = components(exact, articleCount);
    long found = 0;
    long correct = 0;
    for (int g = 0; g < groups.size(); g++) {
      int[] members = groups.get(g);
      for (int i = 0; i < members.length; i++) {
        for (int j = i + 1; j < members.length; j++) {
          found++;
          if (exactComponent[members[i]] == exactComponent[members[j]]) {
            correct++;
          }
        }
      }
    }
    int[] groupOf = PipelineGroups.groupOf(groups, articleCount);
    long recalled = 0;
    for (long pair : exact) {
      int left = groupOf[(int) (pair >>> 32)];
      if (left >= 0 && left == groupOf[(int) pair]) {
        recalled++;
      }
    }
    return new PairScores(found, correct, exact.length, recalled);
  }

  /** The connected component of every article under the pairs, by union-find. */
  static int[] components(long[] pairs, int articleCount) {
    int[] parent = new int[articleCount];
    for (int i = 0; i < articleCount; i++) {
      parent[i] = i;
    }
    for (long pair : pairs) {
      int a = root(parent, (int) (pair >>> 32));
      int b = root(parent, (int) pair);
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    for (int i = 0; i < articleCount; i++) {
      parent[i] = root(parent, i);
    }
    return parent;
  }

  private static int root(int[] parent, int node) {
    while (parent[node] != node) {
      parent[node] = parent[parent[node]];
      node = parent[node];
    }
    return node;
  }
}
