package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.IndexEntry;

class NightNodesTest {
  private static IndexEntry entry(String id, String runDate, String duplicateGroup) {
    return new IndexEntry(
        id, runDate, null, "0123456789abcdef0123", 10, 6, new int[0], new byte[0], duplicateGroup, null);
  }

  @Test
  void tonightsNodeIsItsGroupOrTheArticleAlone() {
    String grouped = NightNodes.tonight("duplicate", entry("in/a.txt", "2024-01-30", "duplicate-77"));
    String alone = NightNodes.tonight("duplicate", entry("in/b|c.txt", "2024-01-30", null));
    assertEquals(NightNodes.tonightGroup("duplicate", "duplicate-77"), grouped);
    assertNull(NightNodes.loneArticle(grouped));
    assertEquals("in/b|c.txt", NightNodes.loneArticle(alone));
    assertEquals("duplicate", NightNodes.tier(alone));
    assertFalse(NightNodes.isEarlier(grouped));
    assertFalse(NightNodes.isEarlier(alone));
  }

  @Test
  void anEarlierNodeIsTheGroupToJoinOrTheOneTheEntryFounds() {
    String member = NightNodes.earlier("duplicate", entry("old/a.txt", "2024-01-28", "duplicate-55"));
    String founder = NightNodes.earlier("story", entry("old/b.txt", "2024-01-29", null));
    assertTrue(NightNodes.isEarlier(member));
    assertEquals("story", NightNodes.tier(founder));
    assertEquals("duplicate-55", NightNodes.carriedId(List.of(member)));
    assertEquals("story-0123456789abcdef", NightNodes.carriedId(List.of(founder)));
  }

  @Test
  void theEarliestNightWinsThenTheSmallestId() {
    String tonight = NightNodes.tonightGroup("duplicate", "duplicate-00");
    String tuesdayB = NightNodes.earlier("duplicate", entry("x", "2024-01-30", "duplicate-bb"));
    String tuesdayA = NightNodes.earlier("duplicate", entry("y", "2024-01-30", "duplicate-aa"));
    String monday = NightNodes.earlier("duplicate", entry("z", "2024-01-29", "duplicate-zz"));
    assertEquals("duplicate-zz", NightNodes.carriedId(List.of(tonight, tuesdayB, monday, tuesdayA)));
    assertEquals("duplicate-aa", NightNodes.carriedId(List.of(tuesdayB, tonight, tuesdayA)));
    assertNull(NightNodes.carriedId(List.of(tonight)));
  }
}
