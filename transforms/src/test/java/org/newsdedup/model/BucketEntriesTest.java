package org.newsdedup.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class BucketEntriesTest {
  private static final BucketEntries MIXED =
      new BucketEntries(
          new long[] {Long.MIN_VALUE, 0, -1, Long.MAX_VALUE, 0},
          new String[] {"a.txt", "b.txt", "", "dir/é.txt", "a.txt"});

  @Test
  void theCoderRoundTripsKeysAndIdsInOrder() throws Exception {
    Coder<BucketEntries> coder = BucketEntries.BucketEntriesCoder.of();
    BucketEntries none = new BucketEntries(new long[0], new String[0]);
    for (BucketEntries value : List.of(MIXED, none)) {
      CoderProperties.coderDecodeEncodeEqual(coder, value);
      CoderProperties.coderDeterministic(coder, value, value);
    }
    BucketEntries decoded =
        CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, MIXED));
    assertEquals(Long.MAX_VALUE, decoded.key(3));
    assertEquals("dir/é.txt", decoded.id(3));
  }

  @Test
  void theBuilderKeepsEveryEntryPastItsFirstArrays() {
    BucketEntries.Builder builder = new BucketEntries.Builder();
    for (int i = 0; i < 100; i++) {
      builder.add(i * 3L, "id" + i);
    }

    BucketEntries built = builder.build();

    assertEquals(100, built.size());
    assertEquals(297L, built.key(99));
    assertEquals("id99", built.id(99));
    assertEquals("id0", built.id(0));
  }

  @Test
  void aTruncatedBatchIsAnError() throws Exception {
    Coder<BucketEntries> coder = BucketEntries.BucketEntriesCoder.of();
    byte[] bytes = CoderUtils.encodeToByteArray(coder, MIXED);
    byte[] cut = Arrays.copyOf(bytes, 20);
    assertThrows(IOException.class, () -> coder.decode(new ByteArrayInputStream(cut)));
  }

  @Test
  void keysAndIdsMustPair() {
    assertThrows(IllegalArgumentException.class,
        () -> new BucketEntries(new long[] {1}, new String[0]));
    assertThrows(NullPointerException.class,
        () -> new BucketEntries(new long[] {1}, new String[] {null}));
  }
}
