package org.newsdedup.transforms;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.Article;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.model.StoryVector;
import org.newsdedup.text.MinHash;
import org.newsdedup.text.MinHashEstimates;
import org.newsdedup.text.QuantizedVectors;
import org.newsdedup.text.Shingles;

/**
 * Makes tonight's {@link IndexEntry} of each article: its shingle set's compact MinHash
 * signature (with the duplicate tier's shingle size, bands and rows, so entries of different
 * nights compare), its group ids as the article carries them, and, given {@link
 * #withStoryVectors the story tier's vectors}, its quantized embedding.
 */
public final class MakeIndexEntries
    extends PTransform<PCollection<Article>, PCollection<IndexEntry>> {
  private static final TupleTag<IndexEntry> ENTRY = new TupleTag<>() {};
  private static final TupleTag<StoryVector> VECTOR = new TupleTag<>() {};

  private final String runDate;
  private final int shingleSize;
  private final int bands;
  private final int rows;
  private final @Nullable PCollection<KV<String, StoryVector>> storyVectors;

  private MakeIndexEntries(
      String runDate,
      int shingleSize,
      int bands,
      int rows,
      @Nullable PCollection<KV<String, StoryVector>> storyVectors) {
    this.runDate = runDate;
    this.shingleSize = shingleSize;
    this.bands = bands;
    this.rows = rows;
    this.storyVectors = storyVectors;
  }

  /** Entries of the night {@code runDate}, with the duplicate tier's default shingles and bands. */
  public static MakeIndexEntries forNight(String runDate) {
    return new MakeIndexEntries(runDate, 5, 42, 3, null);
  }

  public MakeIndexEntries withShingleSize(int words) {
    return new MakeIndexEntries(runDate, words, bands, rows, storyVectors);
  }

  public MakeIndexEntries withBands(int bandCount, int rowsPerBand) {
    return new MakeIndexEntries(runDate, shingleSize, bandCount, rowsPerBand, storyVectors);
  }

  /** The story tier's vectors keyed by article id ({@link EmbedStories#VECTORS}). */
  public MakeIndexEntries withStoryVectors(PCollection<KV<String, StoryVector>> vectors) {
    return new MakeIndexEntries(runDate, shingleSize, bands, rows, vectors);
  }

  @Override
  public PCollection<IndexEntry> expand(PCollection<Article> articles) {
    PCollection<KV<String, IndexEntry>> sketches =
        articles.apply("Sketch", ParDo.of(new SketchFn(runDate, shingleSize, bands, rows)));
    if (storyVectors == null) {
      return sketches.apply("DropIds", Values.create());
    }
    return KeyedPCollectionTuple.of(ENTRY, sketches)
        .and(VECTOR, storyVectors)
        .apply("JoinStoryVectors", CoGroupByKey.create())
        .apply("AddStoryVector", ParDo.of(new AddStoryVectorFn()));
  }

  static final class SketchFn extends DoFn<Article, KV<String, IndexEntry>> {
    private final String runDate;
    private final int shingleSize;
    private final int bands;
    private final int rows;
    private transient MinHash minHash;

    SketchFn(String runDate, int shingleSize, int bands, int rows) {
      this.runDate = runDate;
      this.shingleSize = shingleSize;
      this.bands = bands;
      this.rows = rows;
    }

    @Setup
    public void setUp() {
      minHash = new MinHash(bands, rows);
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, IndexEntry>> out) {
      long[] shingles = Shingles.of(article.text, shingleSize);
      // An empty set has no signature: it is a copy only of the same content.
      int[] signature =
          shingles.length == 0
              ? new int[0]
              : MinHashEstimates.compact(minHash.signature(shingles));
      out.output(
          KV.of(
              article.id,
              new IndexEntry(
                  article.id,
                  runDate,
                  article.publishedDate,
                  article.contentHash,
                  article.wordCount,
                  shingles.length,
                  signature,
                  new byte[0],
                  article.duplicateGroup,
                  article.storyGroup)));
    }
  }

  static final class AddStoryVectorFn extends DoFn<KV<String, CoGbkResult>, IndexEntry> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<IndexEntry> out) {
      StoryVector vector = joined.getValue().getOnly(VECTOR, null);
      for (IndexEntry entry : joined.getValue().getAll(ENTRY)) {
        out.output(
            vector == null
                ? entry
                : entry.withStoryVector(QuantizedVectors.quantize(vector.embedding())));
      }
    }
  }
}
