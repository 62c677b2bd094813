package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.Shingles;

class RuleRewriterTest {
  private static final List<String> ARTICLE =
      List.of(
          "The city council announced on Monday a new plan to build 400 homes near the river,"
              + " officials said.",
          "The plan, which still needs approval from the government, is expected to cost about"
              + " 90 million euros. Local residents have warned that the road is already busy."
              + " Workers could begin building early next year.",
          "Several groups said they would help families find homes. The council will hold a"
              + " public meeting next week, after the budget vote.");

  @Test
  void anAttributionMovesToTheFront() {
    assertEquals(
        "The mayor said that the bridge will reopen in May.",
        RuleRewriter.turnAround("The bridge will reopen in May, the mayor said."));
  }

  @Test
  void aTrailingClauseMovesToTheFront() {
    assertEquals(
        "After the budget vote, the council will publish its plans.",
        RuleRewriter.turnAround("The council will publish its plans, after the budget vote."));
  }

  @Test
  void knownWordsAreReplacedButNamesInsideASentenceAreNot() {
    assertEquals(
        "Officers stated Mark Young had been informed.",
        RuleRewriter.reword("Police said Mark Young had been told."));
    assertEquals("The firm stated Will Price was right.",
        RuleRewriter.reword("The company said Will Price was right."));
  }

  @Test
  void sentencesEndAtAStopBeforeACapital() {
    assertEquals(
        List.of("Prices rose 3.5 percent.", "\"We expected it,\" he said.", "Nothing else."),
        RuleRewriter.sentences("Prices rose 3.5 percent. \"We expected it,\" he said. Nothing else."));
  }

  @Test
  void aRewriteKeepsTheLeadFirstButSharesFewShingles() {
    List<String> rewritten = RuleRewriter.rewrite(ARTICLE, new Random(3));

    assertEquals(ARTICLE.size(), rewritten.size());
    assertTrue(rewritten.get(0).startsWith("Authorities stated that the town council unveiled"),
        rewritten.get(0));
    SetSimilarity.Scores scores =
        SetSimilarity.compare(
            Shingles.of(String.join("\n", rewritten), 5), Shingles.of(String.join("\n", ARTICLE), 5));
    assertTrue(scores.jaccard() < 0.3 && scores.containment() < 0.5, scores.toString());
  }

  @Test
  void theShareOfRewordableWordsCountsKnownWords() {
    // "said" and "new" are known, "Nagpur" and "struck" are not; "142" is no word.
    assertEquals(0.5, RuleRewriter.rewordableShare(List.of("Nagpur said new struck 142")), 1e-12);
  }
}
