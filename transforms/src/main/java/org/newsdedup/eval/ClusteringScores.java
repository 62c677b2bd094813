package org.newsdedup.eval;

import java.util.HashMap;
import java.util.Map;

/**
 * How well a predicted clustering of documents matches the true one, as the entity-resolution
 * and clustering literature scores it. Pairwise: a pair of documents is positive when both are
 * in one cluster; precision is the share of predicted pairs that are true pairs, recall the share
 * of true pairs predicted, F1 their harmonic mean. Adjusted Rand index: the agreement on all
 * pairs (together or apart), corrected for chance, 1 for identical clusterings and about 0 for
 * random ones (Hubert and Arabie, 1985). Both come from the contingency table of the two
 * clusterings, so no pair is ever listed.
 *
 * @param documents how many documents were scored
 * @param truePairs pairs together in the true clustering
 * @param predictedPairs pairs together in the prediction
 * @param correctPairs pairs together in both
 * @param adjustedRand the adjusted Rand index
 */
public record ClusteringScores(
    long documents, long truePairs, long predictedPairs, long correctPairs, double adjustedRand) {

  /**
   * Scores {@code predicted} against {@code truth}; both map each document to its cluster, and
   * must cover the same documents.
   */
  public static ClusteringScores of(Map<String, String> truth, Map<String, String> predicted) {
    if (!truth.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException("the two clusterings cover different documents");
    }
    Map<String, Long> trueSizes = new HashMap<>();
    Map<String, Long> predictedSizes = new HashMap<>();
    Map<String, Long> cells = new HashMap<>();
    for (Map.Entry<String, String> document : truth.entrySet()) {
      String predictedCluster = predicted.get(document.getKey());
      trueSizes.merge(document.getValue(), 1L, Long::sum);
      predictedSizes.merge(predictedCluster, 1L, Long::sum);
      cells.merge(document.getValue().length() + ":" + document.getValue() + predictedCluster, 1L, Long::sum);
    }
    long truePairs = sumOfPairs(trueSizes);
    long predictedPairs = sumOfPairs(predictedSizes);
    long correctPairs = sumOfPairs(cells);
    long n = truth.size();
    double allPairs = pairs(n);
    double expected = allPairs == 0 ? 0 : (double) truePairs * predictedPairs / allPairs;
    double maximum = (truePairs + predictedPairs) / 2.0;
    double adjustedRand = maximum == expected ? 1.0 : (correctPairs - expected) / (maximum - expected);
    return new ClusteringScores(n, truePairs, predictedPairs, correctPairs, adjustedRand);
  }

  /** Predicted pairs that are true; 1 when nothing is predicted together. */
  public double precision() {
    return predictedPairs == 0 ? 1.0 : (double) correctPairs / predictedPairs;
  }

  /** True pairs that are predicted; 1 when nothing is truly together. */
  public double recall() {
    return truePairs == 0 ? 1.0 : (double) correctPairs / truePairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static long sumOfPairs(Map<String, Long> sizes) {
    long sum = 0;
    for (long size : sizes.values()) {
      sum += pairs(size);
    }
    return sum;
  }

  private static long pairs(long size) {
    return size * (size - 1) / 2;
  }
}
