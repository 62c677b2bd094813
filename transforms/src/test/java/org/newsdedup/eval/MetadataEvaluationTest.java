package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real cleaner, extractor and language model on {@link TinyCorpus}: everything in "talks" is
 * on the page, while the gold of "storm" holds a date and a publisher its page does not show.
 */
class MetadataEvaluationTest {
  @TempDir Path temp;

  @Test
  void scoresEachFieldOverTheCorpus() throws IOException {
    MetadataEvaluation evaluation = MetadataEvaluation.run(EvalCorpus.at(TinyCorpus.writeTo(temp)));

    List<FieldScore> scores = evaluation.fieldScores();
    assertEquals(
        List.of("title", "publishedDate", "publisher", "section", "language", "authors", "agencies",
            "people"),
        scores.stream().map(FieldScore::field).toList());
    assertEquals(List.of(2, 1, 1, 2, 2), scores.subList(0, 5).stream().map(FieldScore::correct).toList());
    assertEquals(0.5, scores.get(1).accuracy());
    assertEquals(new MatchCounts(1, 0, 0), scores.get(5).counts());
    assertEquals(new MatchCounts(1, 0, 0), scores.get(6).counts());
    assertEquals(new MatchCounts(0, 0, 2), scores.get(7).counts());
    assertEquals(2, scores.get(0).documents());
  }

  @Test
  void keepsTheWrongValuesBesideTheGold() throws IOException {
    MetadataEvaluation evaluation = MetadataEvaluation.run(EvalCorpus.at(TinyCorpus.writeTo(temp)));

    MetadataEvaluation.DocumentResult storm = evaluation.documents().get(0);
    assertEquals("storm", storm.name());
    assertEquals(
        new MetadataEvaluation.FieldCheck("publishedDate", "null", "\"2024-02-06\"", false, null),
        storm.checks().get(1));
    assertFalse(storm.noArticleText());
    assertEquals(List.of("unlabelled"), evaluation.pagesWithoutGold());
  }

  @Test
  void peopleAreScoredAgainstTheNamesInTheGold() throws IOException {
    MetadataEvaluation evaluation = MetadataEvaluation.run(EvalCorpus.at(TinyCorpus.writeTo(temp)));
    String report = MetadataReport.render(evaluation);

    assertTrue(report.contains("people         P 0.000  R 0.000  F1 0.000   (micro: 0 matched, 0 extra, 2 missed)"), report);
    assertTrue(report.contains("publishedDate  accuracy 0.500   (1 of 2)"), report);
    assertTrue(report.contains("authors        P 1.000  R 1.000  F1 1.000"), report);
    assertTrue(report.contains("publishedDate  null | \"2024-02-06\""), report);
  }
}
