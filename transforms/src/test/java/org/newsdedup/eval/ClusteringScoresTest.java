package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringScoresTest {
  private static final Map<String, String> TRUTH =
      Map.of("a", "X", "b", "X", "c", "X", "d", "Y", "e", "Y", "f", "Z");

  @Test
  void pairsAndAdjustedRandOfAPartlyWrongClustering() {
    Map<String, String> predicted = Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "2", "f", "3");

    ClusteringScores scores = ClusteringScores.of(TRUTH, predicted);

    // True pairs ab ac bc de; predicted ab cd ce de; both ab de.
    assertEquals(4, scores.truePairs());
    assertEquals(4, scores.predictedPairs());
    assertEquals(2, scores.correctPairs());
    assertEquals(0.5, scores.precision());
    assertEquals(0.5, scores.recall());
    assertEquals(0.5, scores.f1());
    // Expected index 4 * 4 / 15 pairs; maximum (4 + 4) / 2: (2 - 16/15) / (4 - 16/15) = 7/22.
    assertEquals(7.0 / 22, scores.adjustedRand(), 1e-12);
  }

  @Test
  void theSameClusteringUnderOtherNamesScoresOne() {
    Map<String, String> renamed = Map.of("a", "p", "b", "p", "c", "p", "d", "q", "e", "q", "f", "r");

    ClusteringScores scores = ClusteringScores.of(TRUTH, renamed);

    assertEquals(1.0, scores.f1());
    assertEquals(1.0, scores.adjustedRand(), 1e-12);
  }

  @Test
  void everythingAloneFindsNothingAndClaimsNothing() {
    Map<String, String> alone = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6");

    ClusteringScores scores = ClusteringScores.of(TRUTH, alone);

    assertEquals(0, scores.predictedPairs());
    assertEquals(1.0, scores.precision());
    assertEquals(0.0, scores.recall());
    assertEquals(0.0, scores.f1());
    assertEquals(0.0, scores.adjustedRand(), 1e-12);
  }

  @Test
  void clusteringsOfDifferentDocumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ClusteringScores.of(TRUTH, Map.of("a", "1")));
  }
}
