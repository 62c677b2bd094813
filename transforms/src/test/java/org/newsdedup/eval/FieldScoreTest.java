package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldScoreTest {
  private static final double EXACT = 1e-12;

  @Test
  void textFieldsIgnoreSpacingButNotCase() {
    assertTrue(FieldScore.sameText(" Storm  Edith\u00a0live\n", "Storm Edith live"));
    assertFalse(FieldScore.sameText("Storm edith live", "Storm Edith live"));
    assertFalse(FieldScore.sameText("Storm Edith live:", "Storm Edith live"));
  }

  @Test
  void nullAgainstNullIsRightAndNullAgainstAValueIsWrong() {
    assertTrue(FieldScore.sameText(null, null));
    assertTrue(FieldScore.sameValue(null, null));
    assertFalse(FieldScore.sameText(null, "Weather"));
    assertFalse(FieldScore.sameText("Weather", null));
    assertFalse(FieldScore.sameValue(null, "2024-02-06"));
  }

  @Test
  void codesMustBeEqualStrings() {
    assertTrue(FieldScore.sameValue("2024-01-30T10:15", "2024-01-30T10:15"));
    assertFalse(FieldScore.sameValue("2024-01-30", "2024-01-30T10:15"));
    assertFalse(FieldScore.sameValue("2024-03-05T17:42", "2024-03-05T17:42-05:00"));
  }

  @Test
  void listItemsMatchTrimmedWithSpacesCollapsedAndCaseIgnored() {
    MatchCounts counts =
        FieldScore.matchList(
            List.of("Rebecca Sandoval", " michael  TRAN ", "Extra Person"),
            List.of("Rebecca Sandoval", "Michael Tran", "Ana Ruiz"));

    assertEquals(new MatchCounts(2, 1, 1), counts);
    assertEquals(2.0 / 3, counts.precision(), EXACT);
    assertEquals(2.0 / 3, counts.recall(), EXACT);
  }

  @Test
  void aRepeatedItemMatchesOnlyAsOftenAsTheGoldHoldsIt() {
    assertEquals(
        new MatchCounts(1, 1, 0), FieldScore.matchList(List.of("Reuters", "reuters"), List.of("Reuters")));
  }

  @Test
  void twoEmptyListsAreAPerfectMatch() {
    MatchCounts counts = FieldScore.matchList(List.of(), List.of());

    assertEquals(MatchCounts.NONE, counts);
    assertEquals(1.0, counts.f1());
  }

  @Test
  void accuracyIsTheShareOfDocumentsRight() {
    FieldScore title = FieldScore.accuracy("title", 3, 4);

    assertFalse(title.isListField());
    assertEquals(0.75, title.accuracy(), EXACT);
    assertEquals(3, title.correct());
    assertThrows(NullPointerException.class, title::precision);
  }

  @Test
  void listFieldsAreMicroAveragedOverTheirItems() {
    // document 1: 2 of 2 authors found; document 2: 1 found, 1 wrong, 2 missed
    MatchCounts summed = new MatchCounts(2, 0, 0).plus(new MatchCounts(1, 1, 2));
    FieldScore authors = FieldScore.listMatch("authors", summed, 2);

    assertTrue(authors.isListField());
    assertEquals(3.0 / 4, authors.precision(), EXACT); // 3 of 4 extracted names are right
    assertEquals(3.0 / 5, authors.recall(), EXACT); // 3 of 5 gold names found
    assertEquals(2.0 / 3, authors.f1(), EXACT);
    assertThrows(IllegalStateException.class, authors::accuracy);
  }

  @Test
  void moreCorrectThanDocumentsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> FieldScore.accuracy("title", 5, 4));
  }
}
