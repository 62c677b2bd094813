package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StopWordsTest {
  @Test
  void theListIsTheOneTheDocumentsWordsHitMost() {
    List<String> french = Words.tokens("Le feu s'est déclaré dans la nuit et les pompiers sont arrivés");
    List<String> dutch = Words.tokens("Het kabinet wil de kosten van de regeling voor gemeenten verlagen");

    assertTrue(StopWords.bestListFor(french).contains("la"));
    assertTrue(StopWords.bestListFor(dutch).contains("het"));
    assertEquals(0, StopWords.bestListFor(Words.tokens("Zzz qqq xxyz")).size());
  }

  @Test
  void densityIsTheShareOfTokensOnTheList() {
    List<String> tokens = Words.tokens("the road and the bridge");

    assertEquals(0.6, StopWords.density(tokens, StopWords.bestListFor(tokens)), 1e-9);
    assertEquals(0.0, StopWords.density(List.of(), StopWords.bestListFor(tokens)), 1e-9);
  }

  @Test
  void ideographicDensityCountsGrammaticalCharactersAndNeedsEnoughText() {
    assertEquals(-1.0, StopWords.ideographicDensity("広告"), 1e-9);
    assertEquals(-1.0, StopWords.ideographicDensity("Plain Latin text"), 1e-9);
    // 県 は 今 後 : one of four is the particle は
    assertEquals(0.25, StopWords.ideographicDensity("県は今後"), 1e-9);
  }
}
