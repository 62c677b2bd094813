package org.newsdedup.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.text.CopyJudge;

class MissedPairsTest {
  private static final int FILLERS = 200;

  private static long[] range(long from, long to) {
    return LongStream.range(from, to).toArray();
  }

  private static long[] concat(long[]... parts) {
    return java.util.Arrays.stream(parts).flatMapToLong(LongStream::of).sorted().toArray();
  }

  /**
   * Articles 0 and 1 share 40 shingles that 200 other texts also hold and have 4 of their own
   * each (plain Jaccard 40/48). Weighed down to sqrt(50/202), their shared shingles leave them
   * at about 0.71. Articles 2 and 3 share only shingles no other text holds (plain Jaccard
   * 50/55), which weigh 1. Articles 4 and 5 are found.
   */
  @Test
  void countsTheMissedPairsThatWeighingPutsBelowTheThreshold(@TempDir Path temp) throws IOException {
    long[] common = range(1_000, 1_040);
    long[][] sets = new long[6 + FILLERS][];
    sets[0] = concat(common, range(1, 5));
    sets[1] = concat(common, range(5, 9));
    sets[2] = range(5_000, 5_050);
    sets[3] = range(5_000, 5_055);
    sets[4] = range(7_000, 7_010);
    sets[5] = range(7_000, 7_010);
    for (int i = 0; i < FILLERS; i++) {
      sets[6 + i] = concat(common, range(10_000 + 10L * i, 10_010 + 10L * i));
    }
    Path file = temp.resolve("shingles.bin");
    ShingleSets.write(sets, file);
    long[] exact = {PairFile.pair(0, 1), PairFile.pair(2, 3), PairFile.pair(4, 5)};

    MissedPairs missed = MissedPairs.of(
        List.of(new int[] {4, 5}, new int[] {0}), exact, sets.length, file, 50, new CopyJudge(0.8, 1.0));

    assertEquals(new MissedPairs(2, 1), missed);
  }

  @Test
  void aRunThatFoundEveryPairHasNothingToExplain(@TempDir Path temp) throws IOException {
    long[][] sets = {range(1, 20), range(1, 21)};
    Path file = temp.resolve("shingles.bin");
    ShingleSets.write(sets, file);

    MissedPairs missed = MissedPairs.of(List.<int[]>of(new int[] {0, 1}), new long[] {PairFile.pair(0, 1)},
        2, file, 50, new CopyJudge(0.8, 1.0));

    assertEquals(new MissedPairs(0, 0), missed);
  }
}
