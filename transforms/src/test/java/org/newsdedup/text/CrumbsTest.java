package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrumbsTest {
  @Test
  void separatedTrailsAreSplitAndLabelsDropped() {
    assertEquals(List.of("Home", "Community"), Crumbs.ofTrail("You are here: Home > Community"));
    assertEquals(List.of("News", "U.S. News"), Crumbs.ofTrail("News / U.S. News"));
  }

  @Test
  void rowsOfLinksNumbersAndSentencesAreNotTrails() {
    assertEquals(List.of(), Crumbs.ofTrail("1 / 6"));
    assertEquals(List.of(), Crumbs.ofTrail("Home | China | World | Business | Sci-Tech | Culture | Sports"));
    assertEquals(List.of(), Crumbs.ofTrail("Pakistan and Iran agree to talk"));
  }

  @Test
  void theMostSpecificCrumbSkipsGenericOnesAndCutTitles() {
    assertEquals("Politics", Crumbs.mostSpecific(List.of("Home", "Politics", "Slideshow", "Pakistan and Iran to...")));
    assertNull(Crumbs.mostSpecific(List.of("Home", "News", "Latest")));
  }
}
