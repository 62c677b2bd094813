package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashEstimatesTest {
  private static final MinHash MIN_HASH = new MinHash(42, 3);

  @Test
  void compactKeepsTheLow32Bits() {
    assertArrayEquals(
        new int[] {1, -1, 0x89abcdef},
        MinHashEstimates.compact(new long[] {0x1_0000_0001L, -1L, 0x0123_4567_89ab_cdefL}));
  }

  @Test
  void jaccardIsTheShareOfAgreeingEntries() {
    assertEquals(0.5, MinHashEstimates.jaccard(new int[] {1, 2, 3, 4}, new int[] {1, 9, 3, 9}));
    assertEquals(1.0, MinHashEstimates.jaccard(new int[] {7}, new int[] {7}));
    assertEquals(0.0, MinHashEstimates.jaccard(new int[0], new int[0]));
    assertThrows(IllegalArgumentException.class, () -> MinHashEstimates.jaccard(new int[1], new int[2]));
  }

  @Test
  void containmentFollowsFromJaccardAndTheSizes() {
    // 100 shingles inside 300: J = 100/300, shared = (1/3)(400)/(4/3) = 100, all of the smaller.
    assertEquals(1.0, MinHashEstimates.containment(1.0 / 3, 100, 300), 1e-12);
    // Equal sizes 100, J = 0.5: shared = 0.5 * 200 / 1.5 = 66.7 of 100.
    assertEquals(2.0 / 3, MinHashEstimates.containment(0.5, 100, 100), 1e-12);
    assertEquals(0.0, MinHashEstimates.containment(0.5, 0, 100));
  }

  @Test
  void signaturesOfRealSetsEstimateTheirJaccard() {
    // 0..999 and 500..1499 share 500 of 1,500: J = 1/3.
    long[] a = LongStream.range(0, 1000).map(Hashing64::mix).toArray();
    long[] b = LongStream.range(500, 1500).map(Hashing64::mix).toArray();
    int[] signatureA = MinHashEstimates.compact(MIN_HASH.signature(a));
    int[] signatureB = MinHashEstimates.compact(MIN_HASH.signature(b));
    // 126 entries: the standard error at J = 1/3 is about 0.042.
    assertEquals(1.0 / 3, MinHashEstimates.jaccard(signatureA, signatureB), 0.13);
    assertEquals(
        0.5,
        MinHashEstimates.containment(MinHashEstimates.jaccard(signatureA, signatureB), 1000, 1000),
        0.15);
  }

  @Test
  void equalSignaturesShareEveryBandAndOthersRarelyDo() {
    long[] a = LongStream.range(0, 400).map(Hashing64::mix).toArray();
    long[] unrelated = LongStream.range(10_000, 10_400).map(Hashing64::mix).toArray();
    long[] keys = MinHashEstimates.bandKeys(MIN_HASH, MinHashEstimates.compact(MIN_HASH.signature(a)));
    assertEquals(42, keys.length);
    assertArrayEquals(
        keys, MinHashEstimates.bandKeys(MIN_HASH, MinHashEstimates.compact(MIN_HASH.signature(a))));
    long[] other =
        MinHashEstimates.bandKeys(MIN_HASH, MinHashEstimates.compact(MIN_HASH.signature(unrelated)));
    assertEquals(0, LongStream.of(keys).filter(k -> LongStream.of(other).anyMatch(o -> o == k)).count());
  }
}
