package org.newsdedup.eval;

import java.util.List;

/** The printed form of a {@link CleaningEvaluation}: per document, then averages, then baseline. */
public final class CleaningReport {
  private static final String SCORE_HEADER = "P      R      F1   ";
  private static final String GAP = "    ";

  private CleaningReport() {}

  public static String render(CleaningEvaluation evaluation) {
    List<CleaningEvaluation.DocumentResult> documents = evaluation.documents();
    int width = Figures.widest(documents.stream().map(CleaningEvaluation.DocumentResult::name).toList(), 8);
    StringBuilder out = new StringBuilder();
    out.append("Cleaning evaluation (").append(evaluation.mode().label()).append(" mode) of ")
        .append(evaluation.corpus()).append(": ")
        .append(documents.size()).append(" documents (pages/NAME.txt or .html against gold/NAME.txt)\n");
    out.append("Score: bags of ").append(ExtractionScore.SHINGLE_SIZE)
        .append("-word shingles (lower-cased tokens); P = matched / extracted, R = matched / gold\n\n");
    out.append(Figures.padRight("", width)).append(GAP)
        .append(Figures.padRight("cleaned", SCORE_HEADER.length())).append(GAP).append("raw page\n");
    out.append(Figures.padRight("document", width)).append(GAP).append(SCORE_HEADER).append(GAP)
        .append(SCORE_HEADER.strip()).append('\n');
    for (CleaningEvaluation.DocumentResult document : documents) {
      out.append(Figures.padRight(document.name(), width)).append(GAP)
          .append(scores(document.cleaned())).append(GAP).append(scores(document.raw()).strip())
          .append(document.cleaned().hasExtractedText() ? "" : "   (cleaned to nothing)")
          .append('\n');
    }
    out.append("\nAverages over documents (P: mean over documents with extracted text; ")
        .append("R: mean over documents with gold text; F1: of those two means)\n");
    out.append(averages("cleaned ", evaluation.cleanedAverages()));
    out.append("\nRaw baseline (the page text unchanged)\n");
    out.append(averages("raw page", evaluation.rawAverages()));
    if (!evaluation.pagesWithoutGold().isEmpty()) {
      out.append("\nNot scored, no gold/NAME.txt: ")
          .append(String.join(", ", evaluation.pagesWithoutGold())).append('\n');
    }
    return out.toString();
  }

  /**
   * The first evaluation in full, then every mode's averages side by side: what each mode gains
   * in precision and gives up in recall.
   */
  public static String renderModes(List<CleaningEvaluation> evaluations) {
    StringBuilder out = new StringBuilder(render(evaluations.get(0)));
    out.append("\nAverages by cleaning mode (--cleaning)\n");
    for (CleaningEvaluation evaluation : evaluations) {
      out.append(averages(Figures.padRight(evaluation.mode().label(), 9),
          evaluation.cleanedAverages()));
    }
    return out.toString();
  }

  private static String scores(ExtractionScore score) {
    return Figures.padRight(Figures.of(score.precision()), 5) + "  "
        + Figures.padRight(Figures.of(score.recall()), 5) + "  "
        + Figures.padRight(Figures.of(score.f1()), 5);
  }

  private static String averages(String label, ExtractionAverages averages) {
    return label + "  P " + Figures.of(averages.precision()) + "  R " + Figures.of(averages.recall())
        + "  F1 " + Figures.of(averages.f1()) + "    mean per-document F1 "
        + Figures.of(averages.meanDocumentF1()) + "    empty: "
        + averages.emptyExtractions() + " of " + averages.documents() + " documents\n";
  }
}
