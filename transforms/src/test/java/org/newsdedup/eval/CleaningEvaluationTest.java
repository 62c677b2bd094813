package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real cleaner on {@link TinyCorpus}. Shingle counts by hand: the talks gold has 17 + 12 = 29
 * words (26 shingles), its page adds 3 + 9 + 3 words of breadcrumb, headline and byline (44 words,
 * 41 shingles). The storm gold has 16 + 14 = 30 words (27 shingles); the cleaner keeps an 8-word
 * closing line (38 words, 35 shingles) and the page adds a 9-word headline (47 words, 44
 * shingles). Every gold shingle occurs in each text once.
 */
class CleaningEvaluationTest {
  private static final double EXACT = 1e-12;

  @TempDir Path temp;

  @Test
  void scoresTheCleanerAndTheRawPagePerDocument() throws IOException {
    CleaningEvaluation evaluation = CleaningEvaluation.run(EvalCorpus.at(TinyCorpus.writeTo(temp)));

    List<CleaningEvaluation.DocumentResult> documents = evaluation.documents();
    assertEquals(List.of("storm", "talks"), documents.stream().map(d -> d.name()).toList());
    assertEquals(new MatchCounts(27, 8, 0), documents.get(0).cleaned().counts());
    assertEquals(new MatchCounts(27, 17, 0), documents.get(0).raw().counts());
    assertEquals(new MatchCounts(26, 0, 0), documents.get(1).cleaned().counts());
    assertEquals(new MatchCounts(26, 15, 0), documents.get(1).raw().counts());
    assertEquals(List.of("unlabelled"), evaluation.pagesWithoutGold());
  }

  @Test
  void averagesTheCleanerAndTheRawBaseline() throws IOException {
    CleaningEvaluation evaluation = CleaningEvaluation.run(EvalCorpus.at(TinyCorpus.writeTo(temp)));

    ExtractionAverages cleaned = evaluation.cleanedAverages();
    // P: (27/35 + 1) / 2 = 31/35; R: 1; F1: 2 * 31/35 / (31/35 + 1) = 31/33
    assertEquals(31.0 / 35, cleaned.precision(), EXACT);
    assertEquals(1.0, cleaned.recall(), EXACT);
    assertEquals(31.0 / 33, cleaned.f1(), EXACT);
    // storm F1: 2 * 27/35 / (27/35 + 1) = 27/31; mean with talks' 1: 29/31
    assertEquals(29.0 / 31, cleaned.meanDocumentF1(), EXACT);

    ExtractionAverages raw = evaluation.rawAverages();
    double rawPrecision = (27.0 / 44 + 26.0 / 41) / 2; // 0.62389...
    assertEquals(rawPrecision, raw.precision(), EXACT);
    assertEquals(1.0, raw.recall(), EXACT);
    assertEquals(2 * rawPrecision / (rawPrecision + 1), raw.f1(), EXACT); // 0.76839...
  }

  @Test
  void theReportPrintsDocumentsAveragesAndBaseline() throws IOException {
    String report =
        CleaningReport.render(CleaningEvaluation.run(EvalCorpus.at(TinyCorpus.writeTo(temp))));

    assertTrue(report.contains("storm       0.771  1.000  0.871    0.614  1.000  0.761"), report);
    assertTrue(report.contains("cleaned   P 0.886  R 1.000  F1 0.939"), report);
    assertTrue(report.contains("raw page  P 0.624  R 1.000  F1 0.768"), report);
    assertTrue(report.indexOf("cleaned   P") < report.indexOf("raw page  P"), report);
    assertTrue(report.contains("Not scored, no gold/NAME.txt: unlabelled"), report);
  }
}
