package org.newsdedup.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CleanedText;
import org.newsdedup.text.DateOrder;
import org.newsdedup.text.LanguageIdentifier;
import org.newsdedup.text.Metadata;
import org.newsdedup.text.MetadataExtractor;

/**
 * Runs the cleaner, {@link MetadataExtractor} (reading dates day first, the pipeline's default)
 * and {@link LanguageIdentifier} on every page of a corpus that has gold metadata, as the
 * pipeline's ExtractMetadata step does, and scores each field with {@link FieldScore}.
 * The gold's {@code people} are scored against the people the extractor names in the article.
 */
public final class MetadataEvaluation {
  public static final List<String> SINGLE_VALUED_FIELDS =
      List.of("title", "publishedDate", "publisher", "section", "language");
  public static final List<String> LIST_FIELDS = List.of("authors", "agencies", "people");
  static final DateOrder DATE_ORDER = DateOrder.DAY_FIRST;

  /**
   * One field of one document: the values as printed, whether they match, and for a list field
   * the item counts.
   */
  public record FieldCheck(
      String field, String extracted, String gold, boolean correct,
      @Nullable MatchCounts listCounts) {}

  /** One document's checks, in field order; {@code noArticleText} when the cleaner kept nothing. */
  public record DocumentResult(String name, List<FieldCheck> checks, boolean noArticleText) {
    public DocumentResult {
      checks = List.copyOf(checks);
    }
  }

  private final String corpus;
  private final List<DocumentResult> documents;
  private final List<String> pagesWithoutGold;

  private MetadataEvaluation(
      String corpus, List<DocumentResult> documents, List<String> pagesWithoutGold) {
    this.corpus = corpus;
    this.documents = List.copyOf(documents);
    this.pagesWithoutGold = List.copyOf(pagesWithoutGold);
  }

  public static MetadataEvaluation run(EvalCorpus corpus) throws IOException {
    List<DocumentResult> documents = new ArrayList<>();
    List<String> scored = corpus.namesWithGoldMetadata();
    for (String name : scored) {
      GoldMetadata gold = corpus.goldMetadata(name);
      documents.add(evaluate(name, corpus.page(name), gold));
    }
    List<String> withoutGold = new ArrayList<>(corpus.pageNames());
    withoutGold.removeAll(scored);
    return new MetadataEvaluation(corpus.root().toString(), documents, withoutGold);
  }

  static DocumentResult evaluate(String name, String page, GoldMetadata gold) {
    CleanedText cleaned = ArticleCleaner.clean(page);
    Metadata found =
        MetadataExtractor.extract(cleaned.paragraphs(), cleaned.removedLines(), DATE_ORDER);
    String language = LanguageIdentifier.identify(cleaned.text()).code();
    String date = found.publishedDate() == null ? null : found.publishedDate().iso();
    List<FieldCheck> checks =
        List.of(
            text("title", found.title(), gold.title()),
            value("publishedDate", date, gold.publishedDate()),
            text("publisher", found.publisher(), gold.publisher()),
            text("section", found.section(), gold.section()),
            value("language", language, gold.language()),
            list("authors", found.authors(), gold.authors()),
            list("agencies", found.agencies(), gold.agencies()),
            list("people", found.entities().people(), gold.people()));
    return new DocumentResult(name, checks, cleaned.paragraphs().isEmpty());
  }

  private static FieldCheck text(String field, @Nullable String extracted, @Nullable String gold) {
    return new FieldCheck(
        field, shown(extracted), shown(gold), FieldScore.sameText(extracted, gold), null);
  }

  private static FieldCheck value(String field, @Nullable String extracted, @Nullable String gold) {
    return new FieldCheck(
        field, shown(extracted), shown(gold), FieldScore.sameValue(extracted, gold), null);
  }

  private static FieldCheck list(String field, List<String> extracted, List<String> gold) {
    MatchCounts counts = FieldScore.matchList(extracted, gold);
    boolean correct = counts.falsePositives() == 0 && counts.falseNegatives() == 0;
    return new FieldCheck(field, shown(extracted), shown(gold), correct, counts);
  }

  private static String shown(@Nullable String value) {
    return value == null ? "null" : '"' + value + '"';
  }

  private static String shown(List<String> values) {
    List<String> quoted = new ArrayList<>();
    for (String value : values) {
      quoted.add(shown(value));
    }
    return "[" + String.join(", ", quoted) + "]";
  }

  public String corpus() {
    return corpus;
  }

  public List<DocumentResult> documents() {
    return documents;
  }

  /** Pages left out because their {@code gold/NAME.json} is missing. */
  public List<String> pagesWithoutGold() {
    return pagesWithoutGold;
  }

  public long documentsWithoutArticleText() {
    return documents.stream().filter(DocumentResult::noArticleText).count();
  }

  /** Every scored field over the corpus, single-valued fields first. */
  public List<FieldScore> fieldScores() {
    List<FieldScore> scores = new ArrayList<>();
    for (String field : SINGLE_VALUED_FIELDS) {
      int correct = 0;
      for (DocumentResult document : documents) {
        correct += checkOf(document, field).correct() ? 1 : 0;
      }
      scores.add(FieldScore.accuracy(field, correct, documents.size()));
    }
    for (String field : LIST_FIELDS) {
      MatchCounts summed = MatchCounts.NONE;
      for (DocumentResult document : documents) {
        summed = summed.plus(checkOf(document, field).listCounts());
      }
      scores.add(FieldScore.listMatch(field, summed, documents.size()));
    }
    return scores;
  }

  private static FieldCheck checkOf(DocumentResult document, String field) {
    for (FieldCheck check : document.checks()) {
      if (check.field().equals(field)) {
        return check;
      }
    }
    throw new IllegalArgumentException("no field " + field);
  }
}
