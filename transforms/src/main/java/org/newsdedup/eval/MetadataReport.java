package org.newsdedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The printed form of a {@link MetadataEvaluation}: a line per document marking each field, the
 * wrong values side by side with the gold, then the score of each field over the corpus.
 */
public final class MetadataReport {
  private static final String RIGHT = "ok";
  private static final String WRONG = "x";
  private static final String GAP = "  ";

  private MetadataReport() {}

  public static String render(MetadataEvaluation evaluation) {
    List<MetadataEvaluation.DocumentResult> documents = evaluation.documents();
    int width =
        Figures.widest(documents.stream().map(MetadataEvaluation.DocumentResult::name).toList(), 8);
    StringBuilder out = new StringBuilder();
    out.append("Metadata evaluation of ").append(evaluation.corpus()).append(": ")
        .append(documents.size()).append(" documents (pages/NAME.txt against gold/NAME.json), ")
        .append("dates read ").append(MetadataEvaluation.DATE_ORDER).append("\n\n");
    appendDocumentTable(out, documents, width);
    appendDifferences(out, documents, width);
    appendFieldScores(out, evaluation);
    return out.toString();
  }

  private static void appendDocumentTable(
      StringBuilder out, List<MetadataEvaluation.DocumentResult> documents, int width) {
    List<String> fields = fieldNames();
    out.append(Figures.padRight("document", width));
    for (String field : fields) {
      out.append(GAP).append(field);
    }
    out.append('\n');
    for (MetadataEvaluation.DocumentResult document : documents) {
      StringBuilder row = new StringBuilder(Figures.padRight(document.name(), width));
      for (int i = 0; i < fields.size(); i++) {
        String mark = document.checks().get(i).correct() ? RIGHT : WRONG;
        row.append(GAP).append(Figures.padRight(mark, fields.get(i).length()));
      }
      row.append(document.noArticleText() ? "  (cleaned to nothing)" : "");
      out.append(row.toString().stripTrailing()).append('\n');
    }
  }

  private static void appendDifferences(
      StringBuilder out, List<MetadataEvaluation.DocumentResult> documents, int width) {
    out.append("\nDifferences (extracted | gold)\n");
    boolean any = false;
    for (MetadataEvaluation.DocumentResult document : documents) {
      for (MetadataEvaluation.FieldCheck check : document.checks()) {
        if (!check.correct()) {
          any = true;
          out.append(Figures.padRight(document.name(), width)).append(GAP)
              .append(Figures.padRight(check.field(), 13)).append(GAP)
              .append(check.extracted()).append(" | ").append(check.gold()).append('\n');
        }
      }
    }
    if (!any) {
      out.append("none\n");
    }
  }

  private static void appendFieldScores(StringBuilder out, MetadataEvaluation evaluation) {
    out.append("\nScores over ").append(evaluation.documents().size()).append(" documents\n");
    for (FieldScore score : evaluation.fieldScores()) {
      out.append(Figures.padRight(score.field(), 13)).append(GAP);
      if (score.isListField()) {
        MatchCounts counts = score.counts();
        out.append(String.format(Locale.ROOT,
            "P %s  R %s  F1 %s   (micro: %d matched, %d extra, %d missed)%n",
            Figures.of(score.precision()), Figures.of(score.recall()), Figures.of(score.f1()),
            counts.truePositives(), counts.falsePositives(), counts.falseNegatives()));
      } else {
        out.append(String.format(Locale.ROOT, "accuracy %s   (%d of %d)%n",
            Figures.of(score.accuracy()), score.correct(), score.documents()));
      }
    }
    out.append("\nPages the cleaner empties (the pipeline dead-letters them as no-article-text): ")
        .append(evaluation.documentsWithoutArticleText()).append('\n');
    if (!evaluation.pagesWithoutGold().isEmpty()) {
      out.append("Not scored, no gold/NAME.json: ")
          .append(String.join(", ", evaluation.pagesWithoutGold())).append('\n');
    }
  }

  private static List<String> fieldNames() {
    List<String> fields = new ArrayList<>(MetadataEvaluation.SINGLE_VALUED_FIELDS);
    fields.addAll(MetadataEvaluation.LIST_FIELDS);
    return fields;
  }
}
