package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class MinHashTest {
  private final MinHash minHash = new MinHash(42, 3);

  private static long[] range(long fromInclusive, long toExclusive) {
    return LongStream.range(fromInclusive, toExclusive).toArray();
  }

  private static double agreement(long[] first, long[] second) {
    int equal = 0;
    for (int i = 0; i < first.length; i++) {
      if (first[i] == second[i]) {
        equal++;
      }
    }
    return (double) equal / first.length;
  }

  private static boolean shareABand(long[] keys, long[] otherKeys) {
    for (int band = 0; band < keys.length; band++) {
      if (keys[band] == otherKeys[band]) {
        return true;
      }
    }
    return false;
  }

  @Test
  void bandsAndRowsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> new MinHash(0, 3));
    assertThrows(IllegalArgumentException.class, () -> new MinHash(42, 0));
    assertThrows(IllegalArgumentException.class, () -> new MinHash(-1, 3));
  }

  @Test
  void aSignatureHasBandsTimesRowsEntriesAndOneKeyPerBand() {
    long[] signature = minHash.signature(range(0, 10));

    assertEquals(42, minHash.bands());
    assertEquals(3, minHash.rows());
    assertEquals(126, signature.length);
    assertEquals(42, minHash.bandKeys(signature).length);
  }

  @Test
  void candidateProbabilityFollowsTheBandingFormula() {
    assertEquals(0.99633, minHash.candidateProbability(0.5), 1e-5);
    assertEquals(0.28634, minHash.candidateProbability(0.2), 1e-5);
    assertEquals(0.0, minHash.candidateProbability(0.0), 1e-12);
    assertEquals(1.0, minHash.candidateProbability(1.0), 1e-12);
    assertEquals(0.3, new MinHash(1, 1).candidateProbability(0.3), 1e-12);
    assertEquals(0.75, new MinHash(2, 1).candidateProbability(0.5), 1e-12);
    assertEquals(0.25, new MinHash(1, 2).candidateProbability(0.5), 1e-12);
  }

  @Test
  void eachEntryOfASingletonIsTheMixOfTheShingleXorThatFunctionsSeed() {
    long shingle = Hashing64.token("pakistan");

    long[] signature = minHash.signature(new long[] {shingle});

    for (int i = 0; i < signature.length; i++) {
      assertEquals(Hashing64.mix(shingle ^ Hashing64.mix(0x6e657773L + i)), signature[i]);
    }
  }

  @Test
  void eachEntryIsTheMinimumOverTheShingles() {
    long[] a = minHash.signature(new long[] {11});
    long[] b = minHash.signature(new long[] {22});
    long[] c = minHash.signature(new long[] {33});

    long[] all = minHash.signature(new long[] {11, 22, 33});

    for (int i = 0; i < all.length; i++) {
      assertEquals(Math.min(a[i], Math.min(b[i], c[i])), all[i]);
    }
  }

  @Test
  void identicalSetsGetIdenticalSignaturesAndBandKeysWhateverTheOrder() {
    long[] shingles = Shingles.of("Pakistan and Iran have agreed to work together to improve"
        + " security cooperation in the wake of deadly air strikes", 5);
    long[] reversed = new long[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      reversed[i] = shingles[shingles.length - 1 - i];
    }

    long[] signature = minHash.signature(shingles);
    long[] again = new MinHash(42, 3).signature(reversed);

    assertArrayEquals(signature, again);
    assertArrayEquals(minHash.bandKeys(signature), minHash.bandKeys(again));
  }

  @Test
  void disjointSetsAgreeOnNoEntry() {
    long[] first = minHash.signature(range(0, 500));
    long[] second = minHash.signature(range(500, 1000));

    assertEquals(0.0, agreement(first, second));
    assertFalse(shareABand(minHash.bandKeys(first), minHash.bandKeys(second)));
  }

  @Test
  void bandKeysHashTheBandIndexAndItsRowsInOrder() {
    MinHash small = new MinHash(2, 2);

    long[] keys = small.bandKeys(new long[] {1, 2, 3, 4});

    assertEquals(Hashing64.combine(Hashing64.combine(0, 1), 2), keys[0]);
    assertEquals(Hashing64.combine(Hashing64.combine(1, 3), 4), keys[1]);
  }

  @Test
  void equalRowsInDifferentBandsGiveDifferentKeys() {
    long[] keys = new MinHash(2, 2).bandKeys(new long[] {5, 6, 5, 6});

    assertNotEquals(keys[0], keys[1]);
  }

  @Test
  void changingOneRowChangesOnlyItsBandsKey() {
    long[] signature = minHash.signature(range(0, 100));
    long[] changed = signature.clone();
    changed[3 * 7 + 1] ^= 1;

    long[] keys = minHash.bandKeys(signature);
    long[] changedKeys = minHash.bandKeys(changed);

    for (int band = 0; band < 42; band++) {
      if (band == 7) {
        assertNotEquals(keys[band], changedKeys[band]);
      } else {
        assertEquals(keys[band], changedKeys[band]);
      }
    }
  }

  @Test
  void theShareOfEqualEntriesEstimatesJaccard() {
    long[][][] pairs = {
      {range(0, 1000), range(250, 1250)},
      {range(0, 600), range(400, 1000)},
      {range(0, 1000), range(50, 1000)}
    };
    double[] jaccards = {0.6, 0.2, 0.95};

    for (int p = 0; p < pairs.length; p++) {
      double estimate =
          agreement(minHash.signature(pairs[p][0]), minHash.signature(pairs[p][1]));
      assertEquals(jaccards[p], estimate, 0.15, "pair with Jaccard " + jaccards[p]);
    }
  }

  @Test
  void bandingFindsAtLeastNinetyNinePercentOfPairsWithJaccardAtLeastOneHalf() {
    Random random = new Random(20240129L);
    List<String> vocabulary = vocabulary(random, 3_000);
    List<List<String>> documents = new ArrayList<>();
    for (int d = 0; d < 1_900; d++) {
      List<String> words = new ArrayList<>();
      int length = 80 + random.nextInt(41);
      for (int w = 0; w < length; w++) {
        words.add(vocabulary.get(random.nextInt(vocabulary.size())));
      }
      documents.add(words);
    }
    for (int k = 0; k < 100; k++) {
      List<String> copy = new ArrayList<>(documents.get(k));
      int changes = 1 + k % 6;
      for (int c = 0; c < changes; c++) {
        int position = random.nextInt(copy.size());
        String replacement;
        do {
          replacement = vocabulary.get(random.nextInt(vocabulary.size()));
        } while (replacement.equals(copy.get(position)));
        copy.set(position, replacement);
      }
      documents.add(copy);
    }

    int n = documents.size();
    long[][] shingles = new long[n][];
    long[][] keys = new long[n][];
    for (int d = 0; d < n; d++) {
      shingles[d] = Shingles.of(String.join(" ", documents.get(d)), 5);
      keys[d] = minHash.bandKeys(minHash.signature(shingles[d]));
    }

    int similarPairs = 0;
    int similarPairsFound = 0;
    int unrelatedPairsSharingABand = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        double jaccard = SetSimilarity.compare(shingles[i], shingles[j]).jaccard();
        boolean candidate = shareABand(keys[i], keys[j]);
        if (jaccard >= 0.5) {
          similarPairs++;
          if (candidate) {
            similarPairsFound++;
          }
        } else if (jaccard == 0.0 && candidate) {
          unrelatedPairsSharingABand++;
        }
      }
    }

    assertEquals(2_000, n);
    assertTrue(similarPairs >= 68, "only " + similarPairs + " pairs with Jaccard >= 0.5");
    assertTrue(
        similarPairsFound >= 0.99 * similarPairs,
        similarPairsFound + " of " + similarPairs + " similar pairs share a band");
    assertEquals(0, unrelatedPairsSharingABand);
  }

  private static List<String> vocabulary(Random random, int size) {
    String[] syllables = {
      "ka", "ri", "stan", "mo", "le", "tor", "pa", "in", "ra", "bad", "sec", "ur", "dip", "lo",
      "mat", "ban", "sa", "tek", "hal", "vo", "zen", "qu", "ist", "ar", "mi", "nu", "gor", "el"
    };
    Set<String> words = new LinkedHashSet<>();
    while (words.size() < size) {
      StringBuilder word = new StringBuilder();
      int parts = 2 + random.nextInt(3);
      for (int p = 0; p < parts; p++) {
        word.append(syllables[random.nextInt(syllables.length)]);
      }
      words.add(word.toString());
    }
    return new ArrayList<>(words);
  }
}
