package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsdedup.text.StoryWindow.Dated;
import org.newsdedup.text.StoryWindow.Pair;

class StoryWindowTest {
  private final StoryWindow window = new StoryWindow(3, 1000);

  @Test
  void theDayOfADateOrDateTime() {
    assertEquals(19751L, StoryWindow.epochDay("2024-01-29"));
    assertEquals(19752L, StoryWindow.epochDay("2024-01-30T13:49"));
    assertEquals(19752L, StoryWindow.epochDay("2024-01-30T13:49+05:00"));
    assertNull(StoryWindow.epochDay(null));
    assertNull(StoryWindow.epochDay("2024-13-45"));
    assertNull(StoryWindow.epochDay("yesterday"));
  }

  @Test
  void datedArticlesAreComparedWithinTheWindowAndUndatedOnesAlways() {
    assertTrue(window.allows(100L, 103L));
    assertTrue(window.allows(103L, 100L));
    assertFalse(window.allows(100L, 104L));
    assertTrue(window.allows(null, 100L));
    assertTrue(window.allows(100L, null));
    assertTrue(window.allows(null, null));
  }

  @Test
  void aBucketIsPairedWithinTheWindowOnly() {
    List<Dated> bucket =
        List.of(
            new Dated("d", 110L),
            new Dated("a", 100L),
            new Dated("b", 103L),
            new Dated("c", 104L),
            new Dated("u", null));

    Set<Pair> pairs = new TreeSet<>(java.util.Comparator.comparing(Pair::left).thenComparing(Pair::right));
    pairs.addAll(window.pairs(bucket));

    assertEquals(
        Set.of(
            new Pair("a", "b"), new Pair("b", "c"),
            new Pair("a", "u"), new Pair("b", "u"), new Pair("c", "u"), new Pair("d", "u")),
        Set.copyOf(pairs));
    assertEquals(6, window.pairs(bucket).size(), "each pair once");
  }

  @Test
  void anOversizedBucketIsOnlyChainedInDateOrder() {
    StoryWindow small = new StoryWindow(3, 3);
    List<Dated> bucket =
        List.of(new Dated("a", 100L), new Dated("b", 101L), new Dated("c", 102L),
            new Dated("d", 110L), new Dated("u", null));

    assertTrue(small.isOversized(5));
    assertEquals(
        List.of(new Pair("a", "u"), new Pair("a", "b"), new Pair("b", "c")),
        small.pairs(bucket));
  }

  @Test
  void badSettingsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> new StoryWindow(-1, 10));
    assertThrows(IllegalArgumentException.class, () -> new StoryWindow(3, 1));
  }
}
