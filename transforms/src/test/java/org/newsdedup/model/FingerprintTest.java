package org.newsdedup.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

class FingerprintTest {
  private static long[] sortedRandomHashes(int count) {
    long[] hashes = new Random(7).longs(count).distinct().toArray();
    Arrays.sort(hashes);
    return hashes;
  }

  private static final Fingerprint WIDE =
      new Fingerprint("a.txt", "hash-a", "2024-01-29", 440,
          new long[] {Long.MIN_VALUE, -1, 0, 1, 127, 128, Long.MAX_VALUE});
  private static final Fingerprint TYPICAL =
      new Fingerprint("b.txt", "hash-b", null, 500, sortedRandomHashes(500));
  private static final Fingerprint EMPTY = new Fingerprint("c.txt", "hash-c", null, 0, new long[0]);

  @Test
  void theCoderRoundTripsEveryHashExactlyAndIsDeterministic() throws Exception {
    Coder<Fingerprint> coder = Fingerprint.FingerprintCoder.of();
    coder.verifyDeterministic();
    for (Fingerprint value : List.of(WIDE, TYPICAL, EMPTY)) {
      CoderProperties.coderDecodeEncodeEqual(coder, value);
      CoderProperties.coderDeterministic(coder, value, value);
      assertArrayEquals(
          value.shingles(),
          CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value)).shingles());
    }
  }

  @Test
  void aTruncatedEncodingIsAnErrorNotAShorterSet() throws Exception {
    Coder<Fingerprint> coder = Fingerprint.FingerprintCoder.of();
    byte[] encoded = CoderUtils.encodeToByteArray(coder, TYPICAL);
    byte[] truncated = Arrays.copyOf(encoded, encoded.length - 3);
    assertThrows(Exception.class, () -> CoderUtils.decodeFromByteArray(coder, truncated));
  }

  @Test
  void eachShingleTakesEightBytes() throws Exception {
    Coder<Fingerprint> coder = Fingerprint.FingerprintCoder.of();
    int withoutShingles = CoderUtils.encodeToByteArray(coder, EMPTY).length;

    byte[] encoded = CoderUtils.encodeToByteArray(coder, TYPICAL);

    // Ids and content hashes of the same length; the word count and the shingle count (500 each,
    // against 0) take two bytes each instead of one.
    assertEquals(withoutShingles + 2 + 8 * 500, encoded.length);
  }

  @Test
  void aCorruptShingleCountIsAnError() throws Exception {
    Coder<Fingerprint> coder = Fingerprint.FingerprintCoder.of();
    byte[] encoded = CoderUtils.encodeToByteArray(coder, EMPTY);
    // The count is the last byte of an empty set: make it a 5-byte varint of a negative count.
    byte[] corrupt = Arrays.copyOf(encoded, encoded.length + 4);
    corrupt[encoded.length - 1] = (byte) 0xFF;
    corrupt[encoded.length] = (byte) 0xFF;
    corrupt[encoded.length + 1] = (byte) 0xFF;
    corrupt[encoded.length + 2] = (byte) 0xFF;
    corrupt[encoded.length + 3] = (byte) 0x0F;
    assertThrows(IOException.class, () -> coder.decode(new ByteArrayInputStream(corrupt)));
  }
}
