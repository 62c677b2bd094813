package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContentHashTest {
  private static final String SHA256_OF_NOTHING_FIRST_HALF = "e3b0c44298fc1c149afbf4c8996fb924";
  private static final String SHA256_OF_ABC_FIRST_HALF = "ba7816bf8f01cfea414140de5dae2223";

  @Test
  void theHashIsTheFirstHalfOfSha256OverTheWordsJoinedBySpaces() {
    assertEquals(SHA256_OF_ABC_FIRST_HALF, ContentHash.of("abc"));
    assertEquals(SHA256_OF_ABC_FIRST_HALF, ContentHash.of("  ABC!  "));
  }

  @Test
  void aTextWithoutWordsHashesLikeTheEmptyString() {
    assertEquals(SHA256_OF_NOTHING_FIRST_HALF, ContentHash.of(""));
    assertEquals(SHA256_OF_NOTHING_FIRST_HALF, ContentHash.of(" — ... !!"));
  }

  @Test
  void theHashIsThirtyTwoLowerCaseHexDigits() {
    String hash = ContentHash.of("Pakistan and Iran agree to work together");

    assertEquals(32, hash.length());
    assertTrue(hash.matches("[0-9a-f]{32}"), hash);
  }

  @Test
  void copiesDifferingOnlyInCasePunctuationOrSpacingHashAlike() {
    assertEquals(
        ContentHash.of("Pakistan and Iran agree to work together."),
        ContentHash.of("PAKISTAN  and iran,\nagree to   work together"));
    assertEquals(ContentHash.of("Iran\u2019s help"), ContentHash.of("iran's HELP"));
    assertEquals(ContentHash.of("Café in Genève"), ContentHash.of("CAFÉ IN GENÈVE"));
  }

  @Test
  void differentWordsOrWordOrderHashDifferently() {
    assertNotEquals(
        ContentHash.of("Pakistan and Iran agree"), ContentHash.of("Pakistan and Iran disagree"));
    assertNotEquals(ContentHash.of("Pakistan and Iran"), ContentHash.of("Iran and Pakistan"));
  }

  @Test
  void wordBoundariesMatter() {
    assertNotEquals(ContentHash.of("air strikes"), ContentHash.of("airstrikes"));
  }
}
