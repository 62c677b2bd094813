package org.newsdedup.streaming;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.joda.time.Instant;
import org.newsdedup.model.Article;
import org.newsdedup.model.PassageVectors;
import org.newsdedup.model.Sighting;
import org.newsdedup.model.StoryVector;
import org.newsdedup.text.ArticleEmbedder;
import org.newsdedup.text.HyperplaneLsh;
import org.newsdedup.text.StoryWindow;

/**
 * Embeds an arriving article as the batch story tier does (its lead, in passages, with the shared
 * in-process model) and sends the embedding to its own key ({@link #OWN}) and to each of its
 * buckets ({@link #BUCKETS}): one per hyperplane-LSH band, and one for its content hash. An
 * article with no words embeds to the zero vector, similar to nothing: it gets the content-hash
 * bucket only.
 */
final class StoryBucketsFn
    extends DoFn<Article, KV<String, KV<Sighting, KV<StoryVector, PassageVectors>>>> {
  static final TupleTag<KV<String, KV<Sighting, KV<StoryVector, PassageVectors>>>> BUCKETS =
      new TupleTag<>() {};
  static final TupleTag<KV<String, KV<StoryVector, PassageVectors>>> OWN = new TupleTag<>() {};

  /**
   * The hyperplanes take a moment to draw (a million Gaussians): one set per setting, shared by
   * every DoFn instance of the JVM.
   */
  private static final Map<List<Long>, HyperplaneLsh> HYPERPLANES = new ConcurrentHashMap<>();

  private final Counter passages = Metrics.counter(StoryBucketsFn.class, "embeddedPassages");
  private final int embeddedWords;
  private final int bands;
  private final int rows;
  private final long seed;
  private transient ArticleEmbedder embedder;
  private transient HyperplaneLsh lsh;

  StoryBucketsFn(int embeddedWords, int bands, int rows, long seed) {
    this.embeddedWords = embeddedWords;
    this.bands = bands;
    this.rows = rows;
    this.seed = seed;
  }

  @Setup
  public void setUp() {
    embedder = ArticleEmbedder.create(embeddedWords);
    lsh =
        HYPERPLANES.computeIfAbsent(
            List.of((long) bands, (long) rows, seed),
            k -> new HyperplaneLsh(ArticleEmbedder.DIMENSION, bands, rows, seed));
  }

  @ProcessElement
  public void process(
      @Element Article article, @Timestamp Instant timestamp, MultiOutputReceiver out) {
    ArticleEmbedder.ArticleEmbedding embedding =
        embedder.embedArticles(List.of(article.text)).get(0);
    passages.inc(embedding.passages().size());
    KV<StoryVector, PassageVectors> payload =
        KV.of(
            new StoryVector(
                article.id, article.contentHash, article.publishedDate, article.wordCount,
                embedding.article()),
            new PassageVectors(article.id, embedding.passages()));
    out.get(OWN).output(KV.of(article.id, payload));
    KV<Sighting, KV<StoryVector, PassageVectors>> arrival =
        KV.of(
            new Sighting(
                article.id, timestamp.getMillis(), StoryWindow.epochDay(article.publishedDate)),
            payload);
    out.get(BUCKETS).output(KV.of("hash:" + article.contentHash, arrival));
    if (embedding.passages().isEmpty()) {
      return;
    }
    for (long key : lsh.bandKeys(embedding.article())) {
      out.get(BUCKETS).output(KV.of("band:" + Long.toHexString(key), arrival));
    }
  }
}
