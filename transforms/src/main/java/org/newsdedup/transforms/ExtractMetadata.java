package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsdedup.model.Article;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.CleanedDocument;
import org.newsdedup.model.Dateline;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.EntityNames;
import org.newsdedup.model.Quote;
import org.newsdedup.text.Captions;
import org.newsdedup.text.ContentHash;
import org.newsdedup.text.DateOrder;
import org.newsdedup.text.Datelines;
import org.newsdedup.text.LanguageIdentifier;
import org.newsdedup.text.Metadata;
import org.newsdedup.text.MetadataExtractor;
import org.newsdedup.text.Quotes;
import org.newsdedup.text.TextStats;

/**
 * Turns cleaned documents into {@link Article}s: title, publication date, authors, agencies,
 * publisher, section, dateline, named people, places and organisations, quotes and the line each
 * field came from, read by {@link MetadataExtractor}; language by {@link LanguageIdentifier};
 * word and sentence counts, reading time and content hash. It rejects no text: a field the text
 * does not show is left null. Only a document the rules throw on is a dead letter ({@link
 * StepFailures}).
 */
public final class ExtractMetadata
    extends PTransform<
        PCollection<CleanedDocument>, WithFailures.Result<PCollection<Article>, DeadLetter>> {
  static final String STEP = "ExtractMetadata";

  private static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  /** How long a {@code dateSource} line may be before it is cut, so one line cannot bloat output. */
  static final int MAX_SOURCE_LINE_CHARS = 160;

  private final DateOrder dateOrder;

  private ExtractMetadata(DateOrder dateOrder) {
    this.dateOrder = dateOrder;
  }

  public static ExtractMetadata create() {
    return new ExtractMetadata(DateOrder.DAY_FIRST);
  }

  /** How to read all-numeric dates such as 03/01/2024. */
  public ExtractMetadata withDateOrder(DateOrder order) {
    return new ExtractMetadata(order);
  }

  @Override
  public WithFailures.Result<PCollection<Article>, DeadLetter> expand(
      PCollection<CleanedDocument> documents) {
    PCollectionTuple read =
        documents.apply(
            "ReadMetadata",
            ParDo.of(new ExtractFn(dateOrder)).withOutputTags(ARTICLES, TupleTagList.of(FAILURES)));
    return WithFailures.Result.of(read.get(ARTICLES), read.get(FAILURES));
  }

  static final class ExtractFn extends DoFn<CleanedDocument, Article> {
    private final Counter busy = StageTime.of(StageTime.METADATA);
    private final DateOrder dateOrder;

    ExtractFn(DateOrder dateOrder) {
      this.dateOrder = dateOrder;
    }

    @Setup
    public void loadLanguageModel() {
      LanguageIdentifier.identify("warm the shared language model before the first element");
    }

    @ProcessElement
    public void process(@Element CleanedDocument document, MultiOutputReceiver out) {
      long started = System.nanoTime();
      Article article;
      try {
        article = read(document);
      } catch (RuntimeException bug) {
        out.get(FAILURES).output(StepFailures.of(document.source, STEP, bug, document.text));
        return;
      } finally {
        busy.inc(StageTime.since(started));
      }
      out.get(ARTICLES).output(article);
    }

    private Article read(CleanedDocument document) {
      List<String> paragraphs = List.of(document.text.split("\n"));
      Metadata metadata = MetadataExtractor.extract(paragraphs, document.removedLines, dateOrder);
      LanguageIdentifier.Guess language = LanguageIdentifier.identify(document.text);
      TextStats.Stats stats = TextStats.of(document.text);
      return Article.builder()
          .id(document.id)
          .source(document.source)
          .charset(document.charset)
          .title(metadata.title())
          .publishedDate(
              metadata.publishedDate() == null ? null : metadata.publishedDate().iso(),
              cut(metadata.dateSource()))
          .authors(metadata.authors())
          .agencies(metadata.agencies())
          .publisher(metadata.publisher())
          .section(metadata.section())
          .dateline(dateline(metadata.dateline()))
          .entities(
              new EntityNames(
                  metadata.entities().people(), metadata.entities().places(),
                  metadata.entities().organizations()))
          .quotes(quotes(metadata.quotes()))
          .metadataSources(sources(metadata.sources()))
          .language(language.code(), language.confidence())
          .text(document.text)
          .removedLines(document.removedLines)
          .captions(Captions.of(document.removedLines))
          .wordCount(stats.words())
          .sentenceCount(stats.sentences())
          .readingTimeMinutes(stats.readingMinutes())
          .contentHash(ContentHash.of(document.text))
          .build();
    }

    private static @Nullable Dateline dateline(Datelines.@Nullable Dateline found) {
      return found == null ? null : new Dateline(found.text(), found.place(), found.agency());
    }

    private static List<Quote> quotes(List<Quotes.Quote> found) {
      List<Quote> quotes = new ArrayList<>();
      for (Quotes.Quote quote : found) {
        quotes.add(new Quote(quote.text(), quote.speaker()));
      }
      return quotes;
    }

    private static Map<String, String> sources(Map<String, String> found) {
      Map<String, String> cut = new TreeMap<>();
      found.forEach((field, line) -> cut.put(field, cut(line)));
      return cut;
    }

    private static String cut(String line) {
      return line == null || line.length() <= MAX_SOURCE_LINE_CHARS
          ? line
          : line.substring(0, MAX_SOURCE_LINE_CHARS - 1) + "…";
    }
  }
}
