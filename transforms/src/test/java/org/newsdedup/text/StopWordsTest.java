package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class StopWordsTest {
  @Test
  void theListIsTheOneTheDocumentsWordsHitMost() {
    int french = bestList("Le feu s'est déclaré dans la nuit et les pompiers sont arrivés");
    int dutch = bestList("Het kabinet wil de kosten van de regeling voor gemeenten verlagen");

    assertEquals(1.0, StopWords.density("la", french), 1e-9);
    assertEquals(0.0, StopWords.density("het", french), 1e-9);
    assertEquals(1.0, StopWords.density("het", dutch), 1e-9);
    assertNotEquals(french, dutch);
    assertEquals(0, bestList("Zzz qqq xxyz"));
  }

  @Test
  void hitsAreCountedOverEveryTextAdded() {
    StopWords.ListHits hits = new StopWords.ListHits();
    hits.add("Der Zug und die Bahn");
    hits.add("the road, the bridge and the river");
    hits.add("the end");

    assertEquals(14, hits.tokens());
    assertEquals(1.0, StopWords.density("the", hits.best()), 1e-9);
  }

  @Test
  void densityIsTheShareOfTokensOnTheList() {
    int english = bestList("the road and the bridge");

    assertEquals(0.6, StopWords.density("The road and THE bridge", english), 1e-9);
    assertEquals(0.0, StopWords.density("", english), 1e-9);
    assertEquals(0.0, StopWords.density("the road", 0), 1e-9);
  }

  @Test
  void ideographicDensityCountsGrammaticalCharactersAndNeedsEnoughText() {
    assertEquals(-1.0, StopWords.ideographicDensity("広告"), 1e-9);
    assertEquals(-1.0, StopWords.ideographicDensity("Plain Latin text"), 1e-9);
    // 県 は 今 後 : one of four is the particle は
    assertEquals(0.25, StopWords.ideographicDensity("県は今後"), 1e-9);
  }

  private static int bestList(String text) {
    StopWords.ListHits hits = new StopWords.ListHits();
    hits.add(text);
    return hits.best();
  }
}
