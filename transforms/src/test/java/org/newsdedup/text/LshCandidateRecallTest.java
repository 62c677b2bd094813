package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdedup.eval.GroupingCorpusGenerator;

/**
 * A brute-force oracle for the duplicate tier's candidate search: on a few thousand generated
 * pages (copies, edits, truncations, excerpts, slides, rewrites and unrelated articles, each on
 * its page, so that pages of one outlet share their furniture too), the exact Jaccard and
 * containment of every pair of distinct texts, against the pairs that the candidate step
 * proposes: MinHash LSH (the pipeline's 42 bands × 3 rows, 5-word shingles, bucket cap 1,000)
 * and anchor shingles (one in 16, skipped when more than 100 documents share one). Exact copies
 * are linked by content hash in the pipeline, so the oracle works on distinct texts.
 */
class LshCandidateRecallTest {
  private static final int SHINGLE = 5;
  private static final int CORPORA = 14;

  @Test
  void candidatesIncludeNearlyEveryPairAboveTheCopyThresholds() throws IOException {
    List<long[]> texts = distinctShingleSets();
    Set<Long> candidates = candidatePairs(texts, new MinHash(42, 3), 1000);
    candidates.addAll(anchorPairs(texts));

    CopyJudge judge = new CopyJudge(0.5, 0.8);
    int[] component = copyComponents(texts, candidates, judge);
    long jaccardPairs = 0;
    long jaccardFound = 0;
    long containedPairs = 0;
    long containedFound = 0;
    long containedGrouped = 0;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        SetSimilarity.Scores scores = SetSimilarity.compare(texts.get(i), texts.get(j));
        boolean found = candidates.contains(key(i, j));
        if (scores.jaccard() >= 0.5) {
          jaccardPairs++;
          jaccardFound += found ? 1 : 0;
        } else if (scores.containment() >= 0.8) {
          containedPairs++;
          containedFound += found ? 1 : 0;
          containedGrouped += component[i] == component[j] ? 1 : 0;
        }
      }
    }
    double jaccardRecall = (double) jaccardFound / jaccardPairs;
    double containedRecall = (double) containedFound / containedPairs;
    double containedGroupedRecall = (double) containedGrouped / containedPairs;
    System.out.printf(
        java.util.Locale.ROOT,
        "LSH oracle: %d distinct texts, %d candidate pairs; Jaccard >= 0.5: %d of %d found (%.4f);"
            + " contained (containment >= 0.8, Jaccard < 0.5): %d of %d found (%.4f), %d grouped"
            + " (%.4f)%n",
        texts.size(), candidates.size(), jaccardFound, jaccardPairs, jaccardRecall,
        containedFound, containedPairs, containedRecall, containedGrouped, containedGroupedRecall);
    assertTrue(texts.size() >= 2000, "a few thousand texts: " + texts.size());
    assertTrue(jaccardPairs >= 1000, "enough copy pairs to measure: " + jaccardPairs);
    assertTrue(jaccardRecall >= 0.99, "recall at Jaccard >= 0.5: " + jaccardRecall);
    assertTrue(containedPairs >= 200, "enough contained pairs to measure: " + containedPairs);
    assertTrue(containedGroupedRecall >= 0.95, "contained copies grouped: " + containedGroupedRecall);
  }

  /**
   * The connected components of the candidate pairs that the judge calls copies, as the pipeline
   * groups them: a contained copy paired with another copy of its article is grouped with all of
   * them, though it was never paired with each.
   */
  private static int[] copyComponents(List<long[]> texts, Set<Long> candidates, CopyJudge judge) {
    int[] parent = new int[texts.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (long pair : candidates) {
      int i = (int) (pair >>> 32);
      int j = (int) pair;
      if (judge.relation(SetSimilarity.compare(texts.get(i), texts.get(j))) != null) {
        parent[root(parent, i)] = root(parent, j);
      }
    }
    for (int i = 0; i < parent.length; i++) {
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

  /** The shingle sets of the distinct pages of several generated corpora. */
  private static List<long[]> distinctShingleSets() throws IOException {
    Path testdata = Files.isDirectory(Path.of("testdata")) ? Path.of("testdata") : Path.of("../testdata");
    Map<String, long[]> byText = new LinkedHashMap<>();
    for (long seed = 1; seed <= CORPORA; seed++) {
      for (GroupingCorpusGenerator.Document document :
          GroupingCorpusGenerator.from(testdata, seed).generate(null)) {
        String text = document.text();
        if (!text.isBlank()) {
          byText.computeIfAbsent(ContentHash.of(text), h -> Shingles.of(text, SHINGLE));
        }
      }
    }
    return new ArrayList<>(byText.values());
  }

  /** The pairs (as index pairs) that share a band, paired the way the pipeline pairs a bucket. */
  private static Set<Long> candidatePairs(List<long[]> texts, MinHash minHash, int maxBucketSize) {
    Map<Long, List<String>> buckets = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      for (long band : minHash.bandKeys(minHash.signature(texts.get(i)))) {
        buckets.computeIfAbsent(band, b -> new ArrayList<>()).add(String.format("%06d", i));
      }
    }
    Set<Long> pairs = new HashSet<>();
    for (List<String> bucket : buckets.values()) {
      BucketPairs.forEach(
          bucket, maxBucketSize, (a, b) -> pairs.add(key(Integer.parseInt(a), Integer.parseInt(b))));
    }
    return pairs;
  }

  /** The pairs that share an anchor shingle, paired the way the pipeline pairs them. */
  private static Set<Long> anchorPairs(List<long[]> texts) {
    Map<Long, List<String>> sharers = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      for (long anchor : AnchorShingles.keys(texts.get(i), AnchorShingles.DEFAULT_EVERY)) {
        sharers.computeIfAbsent(anchor, a -> new ArrayList<>()).add(String.format("%06d", i));
      }
    }
    Set<Long> pairs = new HashSet<>();
    for (List<String> ids : sharers.values()) {
      AnchorShingles.pairSharers(
          ids, AnchorShingles.DEFAULT_MAX_SHARERS,
          (a, b) -> pairs.add(key(Integer.parseInt(a), Integer.parseInt(b))));
    }
    return pairs;
  }

  private static long key(int i, int j) {
    return (long) Math.min(i, j) << 32 | Math.max(i, j);
  }
}
