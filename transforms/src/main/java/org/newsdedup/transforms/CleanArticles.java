package org.newsdedup.transforms;

import java.io.Serializable;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.CleanedDocument;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.RawDocument;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CleanedText;
import org.newsdedup.text.CleaningMode;
import org.newsdedup.text.InputFormat;

/**
 * Strips the page from each document with {@link ArticleCleaner}, keeping every removed line and
 * its reason. A document is read as plain text or as HTML as its {@link InputFormat} says (by
 * default from its name), and doubtful lines are settled by the {@link CleaningMode}. A document
 * in which nothing is left that reads as article text is a dead letter, and so is one the
 * cleaner throws on ({@link StepFailures}).
 */
public final class CleanArticles
    extends PTransform<
        PCollection<RawDocument>, WithFailures.Result<PCollection<CleanedDocument>, DeadLetter>> {
  static final String STEP = "CleanArticles";
  public static final String REASON_NO_TEXT = "no-article-text";

  private static final TupleTag<CleanedDocument> CLEANED = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  /** How one document is cleaned: {@link ArticleCleaner} with a mode and format. */
  @FunctionalInterface
  interface DocumentCleaner extends Serializable {
    CleanedText clean(String source, String text);
  }

  private final CleaningMode mode;
  private final InputFormat format;
  private final @Nullable DocumentCleaner cleaner;

  private CleanArticles(CleaningMode mode, InputFormat format, @Nullable DocumentCleaner cleaner) {
    this.mode = mode;
    this.format = format;
    this.cleaner = cleaner;
  }

  /** Balanced cleaning, each document's format told by its name or its opening tag. */
  public static CleanArticles create() {
    return new CleanArticles(CleaningMode.BALANCED, InputFormat.AUTO, null);
  }

  /** Cleaning by another function, so that tests can make a step fail on one document. */
  static CleanArticles using(DocumentCleaner cleaner) {
    return new CleanArticles(CleaningMode.BALANCED, InputFormat.AUTO, cleaner);
  }

  public CleanArticles withMode(CleaningMode mode) {
    return new CleanArticles(mode, format, cleaner);
  }

  public CleanArticles withInputFormat(InputFormat format) {
    return new CleanArticles(mode, format, cleaner);
  }

  @Override
  public WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> expand(
      PCollection<RawDocument> documents) {
    PCollectionTuple cleaned =
        documents.apply(
            "CleanLines",
            ParDo.of(new CleanFn(cleaner != null ? cleaner : new ArticleCleaning(mode, format)))
                .withOutputTags(CLEANED, TupleTagList.of(FAILURES)));
    return WithFailures.Result.of(cleaned.get(CLEANED), cleaned.get(FAILURES));
  }

  /** The cleaning of the pipeline: {@link ArticleCleaner} in a mode, for a format. */
  private static final class ArticleCleaning implements DocumentCleaner {
    private static final long serialVersionUID = 1L;

    private final CleaningMode mode;
    private final InputFormat format;

    ArticleCleaning(CleaningMode mode, InputFormat format) {
      this.mode = mode;
      this.format = format;
    }

    @Override
    public CleanedText clean(String source, String text) {
      return ArticleCleaner.clean(source, text, format, mode);
    }
  }

  static final class CleanFn extends DoFn<RawDocument, CleanedDocument> {
    private final Counter busy = StageTime.of(StageTime.CLEAN);
    private final DocumentCleaner cleaner;

    CleanFn(DocumentCleaner cleaner) {
      this.cleaner = cleaner;
    }

    @ProcessElement
    public void process(@Element RawDocument document, MultiOutputReceiver out) {
      long started = System.nanoTime();
      CleanedText cleaned;
      try {
        cleaned = cleaner.clean(document.source, document.text);
      } catch (RuntimeException bug) {
        out.get(FAILURES).output(StepFailures.of(document.source, STEP, bug, document.text));
        return;
      } finally {
        busy.inc(StageTime.since(started));
      }
      if (cleaned.paragraphs().isEmpty()) {
        out.get(FAILURES)
            .output(
                DeadLetter.ofText(
                    document.source, STEP, REASON_NO_TEXT,
                    "every line was page furniture (" + cleaned.removedLines().size()
                        + " lines removed)",
                    document.text));
        return;
      }
      out.get(CLEANED)
          .output(
              new CleanedDocument(
                  document.id, document.source, document.charset, cleaned.text(),
                  cleaned.removedLines()));
    }
  }
}
