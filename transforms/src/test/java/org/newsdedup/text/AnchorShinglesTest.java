package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorShinglesTest {
  private static final String ARTICLE =
      "The regional council approved a plan on Tuesday to reopen the old ferry line between the"
          + " two harbour towns, closed since a storm damaged its pier three years ago. Work on the"
          + " pier will begin in the spring, and the first crossings are planned for the following"
          + " summer, a council spokeswoman said after the vote in the town hall on Tuesday night.";

  @Test
  void aContainedCopyHasOnlyAnchorsOfItsArticle() {
    long[] article = AnchorShingles.keys(Shingles.of(ARTICLE, 5), 4);
    long[] excerpt =
        AnchorShingles.keys(Shingles.of(ARTICLE.substring(0, ARTICLE.indexOf(" Work")), 5), 4);

    Set<Long> articleAnchors = new HashSet<>();
    Arrays.stream(article).forEach(articleAnchors::add);
    assertTrue(excerpt.length > 0, "a one-in-four sample of 27 shingles is not empty here");
    for (long anchor : excerpt) {
      assertTrue(articleAnchors.contains(anchor));
    }
  }

  @Test
  void everyShingleIsAnAnchorAtOneInOneAndAboutOneInNOtherwise() {
    long[] shingles = Shingles.of(ARTICLE, 5);
    assertEquals(shingles.length, AnchorShingles.keys(shingles, 1).length);
    long[] many = new long[16_000];
    for (int i = 0; i < many.length; i++) {
      many[i] = Hashing64.mix(i);
    }
    Arrays.sort(many);
    int sampled = AnchorShingles.keys(many, 16).length;
    assertTrue(sampled > 850 && sampled < 1150, "about 1000: " + sampled);
    assertArrayEquals(AnchorShingles.keys(many, 16), AnchorShingles.keys(many.clone(), 16));
  }

  @Test
  void sharersArePairedUnlessTooMany() {
    List<String> pairs = new ArrayList<>();
    assertTrue(AnchorShingles.pairSharers(List.of("b", "a", "c"), 3, (x, y) -> pairs.add(x + y)));
    assertEquals(List.of("ab", "ac", "bc"), pairs);
    assertFalse(AnchorShingles.pairSharers(List.of("a", "b", "c", "d"), 3, (x, y) -> pairs.add(x + y)));
    assertEquals(3, pairs.size());
  }

  @Test
  void sharersPastTheCliqueArePairedWithTheFirstOnly() {
    List<String> ids = new ArrayList<>();
    for (int i = AnchorShingles.DEFAULT_MAX_CLIQUE; i >= 0; i--) {
      ids.add(String.format("d%02d", i));
    }
    List<String> pairs = new ArrayList<>();

    assertTrue(AnchorShingles.pairSharers(ids, 100, (x, y) -> pairs.add(x + "-" + y)));

    assertEquals(AnchorShingles.DEFAULT_MAX_CLIQUE, pairs.size());
    for (String pair : pairs) {
      assertTrue(pair.startsWith("d00-"), pair);
    }
    List<String> clique = new ArrayList<>(ids.subList(1, ids.size()));
    pairs.clear();
    AnchorShingles.pairSharers(clique, 100, (x, y) -> pairs.add(x + "-" + y));
    int n = AnchorShingles.DEFAULT_MAX_CLIQUE;
    assertEquals(n * (n - 1) / 2, pairs.size());
  }
}
