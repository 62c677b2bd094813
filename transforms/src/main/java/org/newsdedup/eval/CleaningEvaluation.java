package org.newsdedup.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CleaningMode;
import org.newsdedup.text.InputFormat;

/**
 * Runs {@link ArticleCleaner} on every page of a corpus that has a gold article text and scores
 * the kept paragraphs against the gold with {@link ExtractionScore}, in one {@link CleaningMode}.
 * A page's format follows its file name ({@code .html} pages are read as HTML). The page itself, unchanged,
 * is scored too (an HTML page as the text of its blocks): that raw baseline shows what the cleaner gains (precision) and what it costs
 * (recall).
 */
public final class CleaningEvaluation {
  /** One document's scores: the cleaner's output, and the raw page, against the gold. */
  public record DocumentResult(String name, ExtractionScore cleaned, ExtractionScore raw) {}

  private final String corpus;
  private final CleaningMode mode;
  private final List<DocumentResult> documents;
  private final List<String> pagesWithoutGold;

  private CleaningEvaluation(
      String corpus, CleaningMode mode, List<DocumentResult> documents,
      List<String> pagesWithoutGold) {
    this.corpus = corpus;
    this.mode = mode;
    this.documents = List.copyOf(documents);
    this.pagesWithoutGold = List.copyOf(pagesWithoutGold);
  }

  /** The balanced mode's evaluation. */
  public static CleaningEvaluation run(EvalCorpus corpus) throws IOException {
    return run(corpus, CleaningMode.BALANCED);
  }

  public static CleaningEvaluation run(EvalCorpus corpus, CleaningMode mode) throws IOException {
    List<DocumentResult> documents = new ArrayList<>();
    List<String> scored = corpus.namesWithGoldText();
    for (String name : scored) {
      String page = corpus.page(name);
      String gold = corpus.goldText(name);
      String cleaned =
          ArticleCleaner.clean(corpus.pageFileName(name), page, InputFormat.AUTO, mode).text();
      String raw = ArticleCleaner.uncleanedText(corpus.pageFileName(name), page, InputFormat.AUTO);
      documents.add(
          new DocumentResult(name, ExtractionScore.of(cleaned, gold), ExtractionScore.of(raw, gold)));
    }
    List<String> withoutGold = new ArrayList<>(corpus.pageNames());
    withoutGold.removeAll(scored);
    return new CleaningEvaluation(corpus.root().toString(), mode, documents, withoutGold);
  }

  public CleaningMode mode() {
    return mode;
  }

  public String corpus() {
    return corpus;
  }

  public List<DocumentResult> documents() {
    return documents;
  }

  /** Pages left out because their {@code gold/NAME.txt} is missing. */
  public List<String> pagesWithoutGold() {
    return pagesWithoutGold;
  }

  public ExtractionAverages cleanedAverages() {
    return ExtractionAverages.of(documents.stream().map(DocumentResult::cleaned).toList());
  }

  public ExtractionAverages rawAverages() {
    return ExtractionAverages.of(documents.stream().map(DocumentResult::raw).toList());
  }
}
