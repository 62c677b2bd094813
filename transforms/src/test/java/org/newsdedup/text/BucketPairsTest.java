package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketPairsTest {
  private static List<String> pairs(List<String> members, int max) {
    List<String> pairs = new ArrayList<>();
    BucketPairs.forEach(members, max, (a, b) -> pairs.add(a + "-" + b));
    return pairs;
  }

  @Test
  void aBucketWithinTheLimitPairsEveryMemberSmallerIdFirst() {
    assertEquals(List.of("a-b", "a-c", "b-c"), pairs(List.of("c", "a", "b"), 3));
  }

  @Test
  void anOversizedBucketPairsItsMembersWithTheFirstOnly() {
    assertEquals(List.of("a-b", "a-c", "a-d"), pairs(List.of("d", "c", "b", "a"), 3));
    assertTrue(BucketPairs.isOversized(4, 3));
    assertFalse(BucketPairs.isOversized(3, 3));
  }

  @Test
  void aLoneMemberMakesNoPair() {
    assertEquals(List.of(), pairs(List.of("a"), 3));
  }
}
