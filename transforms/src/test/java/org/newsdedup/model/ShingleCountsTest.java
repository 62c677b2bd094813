package org.newsdedup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class ShingleCountsTest {
  private static final ShingleCounts EXTREMES =
      new ShingleCounts(
          new long[] {Long.MAX_VALUE, 0, Long.MIN_VALUE, -1, 127},
          new int[] {1, 127, 128, 16_384, Integer.MAX_VALUE});

  @Test
  void theCoderRoundTripsEveryHashAndCount() throws Exception {
    Coder<ShingleCounts> coder = ShingleCounts.ShingleCountsCoder.of();
    long[] hashes = new Random(4).longs(3000).distinct().toArray();
    int[] counts = new Random(5).ints(hashes.length, 1, 1 << 20).toArray();
    ShingleCounts many = new ShingleCounts(hashes, counts);
    ShingleCounts none = new ShingleCounts(new long[0], new int[0]);
    for (ShingleCounts value : List.of(EXTREMES, many, none)) {
      CoderProperties.coderDecodeEncodeEqual(coder, value);
      CoderProperties.coderDeterministic(coder, value, value);
    }
    ShingleCounts decoded =
        CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, EXTREMES));
    assertEquals(Long.MIN_VALUE, decoded.hash(2));
    assertEquals(Integer.MAX_VALUE, decoded.count(4));
  }

  @Test
  void aCountOfOneTakesOneByteBesideItsHash() throws Exception {
    Coder<ShingleCounts> coder = ShingleCounts.ShingleCountsCoder.of();
    long[] hashes = new Random(6).longs(100).distinct().toArray();
    int[] ones = new int[hashes.length];
    Arrays.fill(ones, 1);

    byte[] bytes = CoderUtils.encodeToByteArray(coder, new ShingleCounts(hashes, ones));

    // Beside the entries: the entry count (1 byte) and the counts block's length (1 byte).
    assertEquals(2 + 9 * hashes.length, bytes.length);
  }

  @Test
  void aTruncatedBlockIsAnErrorNotAShortBatch() throws Exception {
    Coder<ShingleCounts> coder = ShingleCounts.ShingleCountsCoder.of();
    byte[] bytes = CoderUtils.encodeToByteArray(coder, EXTREMES);

    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1);
    assertThrows(IOException.class, () -> coder.decode(new ByteArrayInputStream(cut)));
    byte[] countCut = bytes.clone();
    countCut[countCut.length - 1] |= (byte) 0x80;
    assertThrows(IOException.class, () -> coder.decode(new ByteArrayInputStream(countCut)));
  }

  @Test
  void batchesThatBreakTheirRulesAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> new ShingleCounts(new long[] {1, 2}, new int[] {1}));
    assertThrows(IllegalArgumentException.class,
        () -> new ShingleCounts(new long[] {1}, new int[] {0}));
  }
}
