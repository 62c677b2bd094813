package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RunSummaryTest {
  @Test
  void slashesInNamesNestObjectsAndKeysComeOutSorted() {
    Map<String, Long> counts =
        Map.of(
            "inputs", 8L,
            "articles", 6L,
            "deadLettersByReason/empty", 1L,
            "deadLettersByReason/binary", 1L,
            "groupSizes/duplicate/2", 1L);

    assertEquals(
        "{\"articles\":6,\"deadLettersByReason\":{\"binary\":1,\"empty\":1},"
            + "\"groupSizes\":{\"duplicate\":{\"2\":1}},\"inputs\":8}",
        RunSummary.toJson(counts));
  }

  @Test
  void noCountsIsAnEmptyObject() {
    assertEquals("{}", RunSummary.toJson(Map.of()));
  }
}
