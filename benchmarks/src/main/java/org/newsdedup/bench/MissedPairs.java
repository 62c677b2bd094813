package org.newsdedup.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.ShingleWeights;

/**
 * The exact pairs a pipeline run left in different groups, and how many of them its own judge
 * refuses: the pipeline weighs shingles that many distinct texts hold ({@link ShingleWeights}),
 * the exact search does not, so a pair just above the threshold by plain Jaccard can fall just
 * below it once weighed. Only the shingles of the missed pairs are counted, over one pass of the
 * shingle file, so this takes little memory at any corpus size.
 */
record MissedPairs(long missed, long refusedWhenWeighed) {
  static MissedPairs of(List<int[]> groups, long[] exact, int articleCount, Path shingles,
      int floor, CopyJudge judge) throws IOException {
    int[] groupOf = PipelineGroups.groupOf(groups, articleCount);
    List<int[]> missed = new ArrayList<>();
    Set<Integer> ends = new HashSet<>();
    for (long pair : exact) {
      int left = (int) (pair >>> 32);
      int right = (int) pair;
      if (groupOf[left] < 0 || groupOf[left] != groupOf[right]) {
        missed.add(new int[] {left, right});
        ends.add(left);
        ends.add(right);
      }
    }
    if (missed.isEmpty()) {
      return new MissedPairs(0, 0);
    }
    Map<Integer, long[]> setOf = new HashMap<>();
    ShingleSets.forEach(shingles, (index, set) -> {
      if (ends.contains(index)) {
        setOf.put(index, set);
      }
    });
    Map<Long, Integer> textCounts = new HashMap<>();
    setOf.values().forEach(set -> Arrays.stream(set).forEach(s -> textCounts.put(s, 0)));
    // One text per distinct shingle set, as the pipeline counts one text per content hash.
    Set<Long> seenSets = new HashSet<>();
    ShingleSets.forEach(shingles, (index, set) -> {
      if (seenSets.add(digest(set))) {
        for (long shingle : set) {
          textCounts.computeIfPresent(shingle, (hash, count) -> count + 1);
        }
      }
    });
    ShingleWeights weights = new ShingleWeights(CommonShingles.ofCounts(floor, textCounts));
    long refused = missed.stream()
        .filter(p -> judge.relation(SetSimilarity.compare(setOf.get(p[0]), setOf.get(p[1]), weights)) == null)
        .count();
    return new MissedPairs(missed.size(), refused);
  }

  /** A 64-bit digest of a sorted set: two different sets of a million share one with odds of 2^-24. */
  private static long digest(long[] set) {
    long digest = set.length;
    for (long shingle : set) {
      digest = (digest ^ shingle) * 0x9E3779B97F4A7C15L;
      digest ^= digest >>> 29;
    }
    return digest;
  }

}
