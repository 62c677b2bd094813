package org.newsdedup.eval;

import java.util.List;

/**
 * Averages of per-document {@link ExtractionScore}s, as the ScrapingHub article-extraction
 * benchmark reports them: precision is the mean over the documents where something was
 * extracted, recall the mean over the documents whose gold holds text, and F1 the harmonic mean
 * of those two means (not the mean of per-document F1s, which is given separately). So an empty
 * extraction lowers recall but not precision. An average over no documents is NaN.
 */
public record ExtractionAverages(
    double precision, double recall, double f1, double meanDocumentF1, int documents,
    int emptyExtractions) {

  public static ExtractionAverages of(List<ExtractionScore> scores) {
    double precisionSum = 0;
    int precisionDocuments = 0;
    double recallSum = 0;
    int recallDocuments = 0;
    double f1Sum = 0;
    int emptyExtractions = 0;
    for (ExtractionScore score : scores) {
      if (score.hasExtractedText()) {
        precisionSum += score.precision();
        precisionDocuments++;
      } else {
        emptyExtractions++;
      }
      if (score.hasGoldText()) {
        recallSum += score.recall();
        recallDocuments++;
      }
      f1Sum += score.f1();
    }
    double precision = mean(precisionSum, precisionDocuments);
    double recall = mean(recallSum, recallDocuments);
    double f1 =
        Double.isNaN(precision) || Double.isNaN(recall)
            ? Double.NaN
            : MatchCounts.harmonicMean(precision, recall);
    return new ExtractionAverages(
        precision, recall, f1, mean(f1Sum, scores.size()), scores.size(), emptyExtractions);
  }

  private static double mean(double sum, int count) {
    return count == 0 ? Double.NaN : sum / count;
  }
}
