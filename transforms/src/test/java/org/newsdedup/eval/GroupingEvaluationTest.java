package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupingEvaluationTest {
  private static final List<GroupingLabel> LABELS =
      List.of(
          new GroupingLabel("o.txt", "A", "S", "original", "src"),
          new GroupingLabel("c.txt", "A", "S", "chrome-copy", "src"),
          new GroupingLabel("r.txt", "B", "S", "rewrite", "src"),
          new GroupingLabel("u.txt", "U", "T", "distractor", "other"));

  @Test
  void aRewriteGroupedWithTheCopiesCostsDuplicatePrecision() {
    GroupingEvaluation.TierResult result =
        GroupingEvaluation.score(
            "duplicate", LABELS, Map.of("o.txt", "g", "c.txt", "g", "r.txt", "g"),
            GroupingLabel::duplicate);

    assertEquals(1, result.scores().truePairs());
    assertEquals(3, result.scores().predictedPairs());
    assertEquals(1, result.scores().correctPairs());
    GroupingEvaluation.KindResult rewrite = result.byKind().get("rewrite");
    assertTrue(Double.isNaN(rewrite.partnerRecall()), "a rewrite has no true copy partner");
    assertEquals(0.0, rewrite.partnerPrecision());
    GroupingEvaluation.KindResult original = result.byKind().get("original");
    assertEquals(1.0, original.partnerRecall());
    assertEquals(0.5, original.partnerPrecision());
  }

  @Test
  void documentsInNoGroupAreAlone() {
    GroupingEvaluation.TierResult result =
        GroupingEvaluation.score("story", LABELS, Map.of("o.txt", "s", "c.txt", "s"), GroupingLabel::story);

    assertEquals(3, result.scores().truePairs());
    assertEquals(1, result.scores().correctPairs());
    assertEquals(1.0, result.scores().precision());
    assertEquals(0.0, result.byKind().get("rewrite").partnerRecall());
  }

  @Test
  void theReportListsEachTierAndKind() {
    String report =
        GroupingEvaluation.render(
            "corpus", 4,
            List.of(GroupingEvaluation.score("duplicate", LABELS, Map.of(), GroupingLabel::duplicate)));

    assertTrue(report.contains("duplicate          1         0         0  1.0000  0.0000  0.0000"), report);
    assertTrue(report.contains("distractor             1               -                  -"), report);
  }
}
