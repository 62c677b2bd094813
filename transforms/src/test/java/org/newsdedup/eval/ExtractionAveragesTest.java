package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractionAveragesTest {
  private static final double EXACT = 1e-12;
  private static final String GOLD = "Pakistan and Iran agree talks";

  @Test
  void precisionSkipsEmptyExtractionsAndRecallSkipsEmptyGolds() {
    ExtractionScore partial = ExtractionScore.of("Home " + GOLD, GOLD); // P 2/3, R 1, F1 0.8
    ExtractionScore empty = ExtractionScore.of("", GOLD); // P -, R 0, F1 0
    ExtractionScore perfect = ExtractionScore.of(GOLD, GOLD); // P 1, R 1, F1 1
    ExtractionScore noArticle = ExtractionScore.of("Cookie notice", ""); // P 0, R -, F1 0

    ExtractionAverages averages =
        ExtractionAverages.of(List.of(partial, empty, perfect, noArticle));

    // P over partial, perfect, noArticle: (2/3 + 1 + 0) / 3 = 5/9
    assertEquals(5.0 / 9, averages.precision(), EXACT);
    // R over partial, empty, perfect: (1 + 0 + 1) / 3 = 2/3
    assertEquals(2.0 / 3, averages.recall(), EXACT);
    // 2 * 5/9 * 2/3 / (5/9 + 2/3) = (20/27) / (11/9) = 20/33
    assertEquals(20.0 / 33, averages.f1(), EXACT);
    // (0.8 + 0 + 1 + 0) / 4
    assertEquals(0.45, averages.meanDocumentF1(), EXACT);
    assertEquals(4, averages.documents());
    assertEquals(1, averages.emptyExtractions());
  }

  @Test
  void anAverageOverNoDocumentsIsNotANumber() {
    ExtractionAverages averages = ExtractionAverages.of(List.of());

    assertTrue(Double.isNaN(averages.precision()));
    assertTrue(Double.isNaN(averages.recall()));
    assertTrue(Double.isNaN(averages.f1()));
    assertEquals(0, averages.documents());
  }

  @Test
  void onlyEmptyExtractionsLeaveNoPrecisionToAverage() {
    ExtractionAverages averages = ExtractionAverages.of(List.of(ExtractionScore.of("", GOLD)));

    assertTrue(Double.isNaN(averages.precision()));
    assertEquals(0.0, averages.recall());
    assertTrue(Double.isNaN(averages.f1()));
    assertEquals(0.0, averages.meanDocumentF1());
  }
}
