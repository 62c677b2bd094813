package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentLinesTest {
  private final DocumentLines doc =
      new DocumentLines(
          List.of("Home News World", "", "Pakistan's caretaker premier met Iran's envoy.", "", ""));

  @Test
  void eachLineKnowsItsTextAndWordCount() {
    assertEquals(5, doc.size());
    assertEquals("Home News World", doc.line(0));
    assertEquals(3, doc.words(0));
    assertEquals(0, doc.words(1));
    assertEquals(6, doc.words(2));
  }

  @Test
  void blankLinesAreNeverKept() {
    assertTrue(doc.isBlank(1));
    assertFalse(doc.isKept(1));
    assertTrue(doc.isKept(0));
  }

  @Test
  void theFirstRuleToClaimALineGivesItsReason() {
    doc.remove(0, "breadcrumb");
    doc.remove(0, "headline");

    assertEquals("breadcrumb", doc.reason(0));
    assertFalse(doc.isKept(0));
  }

  @Test
  void blankLinesCannotBeClaimed() {
    doc.remove(1, "breadcrumb");

    assertNull(doc.reason(1));
  }

  @Test
  void neighboursSkipBlankLines() {
    assertEquals(0, doc.previousNonBlank(2));
    assertEquals(-1, doc.previousNonBlank(0));
    assertEquals(2, doc.nextNonBlank(0));
    assertEquals(-1, doc.nextNonBlank(2));
    assertEquals(2, doc.previousNonBlank(doc.size()));
  }

  @Test
  void claimedLinesStillCountAsNeighbours() {
    doc.remove(0, "breadcrumb");

    assertEquals(0, doc.previousNonBlank(2));
  }

  @Test
  void laterChangesToTheSourceListDoNotReachTheDocument() {
    List<String> source = new ArrayList<>(List.of("Talks resume"));
    DocumentLines copy = new DocumentLines(source);

    source.set(0, "Changed");

    assertEquals("Talks resume", copy.line(0));
  }
}
