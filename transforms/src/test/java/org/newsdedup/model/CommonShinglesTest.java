package org.newsdedup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class CommonShinglesTest {
  private static final CommonShingles WIDE =
      new CommonShingles(
          50, new long[] {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE}, new int[] {50, 51, 900, 70_000, 50});

  private static CommonShingles typical() {
    long[] hashes = new Random(9).longs(2000).distinct().sorted().toArray();
    int[] counts = new int[hashes.length];
    Arrays.fill(counts, 123);
    return new CommonShingles(20, hashes, counts);
  }

  @Test
  void theCoderRoundTripsAndIsDeterministic() throws Exception {
    Coder<CommonShingles> coder = CommonShingles.CommonShinglesCoder.of();
    coder.verifyDeterministic();
    for (CommonShingles value : List.of(WIDE, typical(), CommonShingles.NONE)) {
      CoderProperties.coderDecodeEncodeEqual(coder, value);
      CoderProperties.coderDeterministic(coder, value, value);
    }
    CommonShingles decoded =
        CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, WIDE));
    assertEquals(50, decoded.floor());
    assertEquals(List.of(50, 51, 900, 70_000, 50), Arrays.stream(decoded.textCounts()).boxed().toList());
  }

  @Test
  void aTableThatBreaksItsOwnRulesIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new CommonShingles(50, new long[] {2, 1}, new int[] {60, 60}));
    assertThrows(IllegalArgumentException.class,
        () -> new CommonShingles(50, new long[] {1, 1}, new int[] {60, 60}));
    assertThrows(IllegalArgumentException.class,
        () -> new CommonShingles(50, new long[] {1, 2}, new int[] {60}));
    assertThrows(IllegalArgumentException.class,
        () -> new CommonShingles(50, new long[] {1}, new int[] {49}));
    assertThrows(IllegalArgumentException.class,
        () -> new CommonShingles(1, new long[0], new int[0]));
  }

  @Test
  void fromCountsKeepsTheShinglesAtOrAboveTheFloorInHashOrder() {
    CommonShingles common =
        CommonShingles.ofCounts(50, java.util.Map.of(9L, 50, -3L, 70, 4L, 49, 1L, 200));

    assertEquals(new CommonShingles(50, new long[] {-3, 1, 9}, new int[] {70, 200, 50}), common);
  }
}
