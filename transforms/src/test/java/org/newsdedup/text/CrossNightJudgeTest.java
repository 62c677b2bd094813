package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.IndexEntry;

class CrossNightJudgeTest {
  private static final CrossNightJudge JUDGE = new CrossNightJudge(0.5, 0.8, 0.75, 3);

  private static IndexEntry entry(
      String hash, String date, int[] signature, int shingles, byte[] vector) {
    return new IndexEntry("id-" + hash, "2024-01-29", date, hash, 100, shingles, signature, vector, null, null);
  }

  /** A signature of 10 entries, the first {@code same} of them shared with {@link #base}. */
  private static int[] sharing(int same) {
    int[] signature = base();
    for (int i = same; i < signature.length; i++) {
      signature[i] = -signature[i];
    }
    return signature;
  }

  private static int[] base() {
    return new int[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
  }

  @Test
  void theSameContentIsACopyWhateverTheSignatures() {
    assertTrue(JUDGE.isCopy(entry("h", null, new int[0], 0, new byte[0]), entry("h", null, base(), 10, new byte[0])));
  }

  @Test
  void anEstimatedJaccardAtTheThresholdIsACopy() {
    IndexEntry tonight = entry("a", null, base(), 100, new byte[0]);
    assertTrue(JUDGE.isCopy(tonight, entry("b", null, sharing(5), 100, new byte[0])));
    // J = 0.4 of equal sets: containment 0.4 * 200 / 1.4 / 100 = 0.57, no copy.
    assertFalse(JUDGE.isCopy(tonight, entry("b", null, sharing(4), 100, new byte[0])));
  }

  @Test
  void aShortExcerptOfALongArticleIsACopyByContainment() {
    // J = 0.3 of 60 shingles inside 200: shared = 0.3 * 260 / 1.3 = 60, all of the excerpt.
    IndexEntry excerpt = entry("a", null, base(), 60, new byte[0]);
    assertTrue(JUDGE.isCopy(excerpt, entry("b", null, sharing(3), 200, new byte[0])));
  }

  @Test
  void signaturesOfOtherSettingsOrNoneAreNeverCompared() {
    IndexEntry tonight = entry("a", null, base(), 100, new byte[0]);
    assertFalse(JUDGE.isCopy(tonight, entry("b", null, Arrays.copyOf(base(), 9), 100, new byte[0])));
    assertFalse(JUDGE.isCopy(entry("c", null, new int[0], 0, new byte[0]), entry("d", null, new int[0], 0, new byte[0])));
  }

  @Test
  void closeVectorsWithinTheWindowAreOneStory() {
    byte[] vector = {100, 50, 0, -20};
    byte[] close = {95, 60, 5, -20};
    byte[] far = {-20, 0, 100, 50};
    IndexEntry monday = entry("a", "2024-01-29", new int[] {11, 12, 13, 14, 15, 16, 17, 18, 19, 20}, 100, vector);
    assertTrue(JUDGE.isSameStory(monday, entry("b", "2024-02-01", sharing(1), 100, close)));
    assertFalse(JUDGE.isSameStory(monday, entry("b", "2024-02-02", sharing(1), 100, close)));
    assertTrue(JUDGE.isSameStory(monday, entry("b", null, sharing(1), 100, close)));
    assertFalse(JUDGE.isSameStory(monday, entry("b", "2024-01-29", sharing(1), 100, far)));
    assertFalse(JUDGE.isSameStory(monday, entry("b", "2024-01-29", sharing(1), 100, new byte[0])));
  }

  @Test
  void aCopyIsAlsoTheSameStory() {
    assertTrue(
        JUDGE.isSameStory(
            entry("a", "2024-01-01", base(), 100, new byte[0]),
            entry("b", "2024-03-01", base(), 100, new byte[0])));
  }
}
