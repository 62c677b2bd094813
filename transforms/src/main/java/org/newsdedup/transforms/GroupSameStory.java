package org.newsdedup.transforms;

import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.PassageVectors;
import org.newsdedup.model.StoryVector;
import org.newsdedup.text.HyperplaneLsh;
import org.newsdedup.text.Passages;
import org.newsdedup.text.RewriteJudge;

/**
 * Groups reports of one story: copies, rewrites, paraphrases and independent reports. Each
 * article's lead (its first 300 words, in passages of whole paragraphs) is embedded with a
 * sentence-embedding model (all-MiniLM-L6-v2, in process; see {@link
 * org.newsdedup.text.ArticleEmbedder}); exact copies are linked by content hash and one of them
 * goes on; candidate pairs come from random-hyperplane LSH over the embeddings ({@link
 * HyperplaneLsh}), restricted to articles published within {@link #withStoryWindowDays a few
 * days} of each other; every candidate is scored by the cosine of the two embeddings and becomes
 * an edge at or above {@link #withMinCosine the threshold}. Given {@link #withDuplicateGroups the
 * duplicate groups}, their members are linked too, so every duplicate group lies whole inside one
 * story group. Groups are the connected components of the edges ({@link ConnectComponents}), each
 * with tier {@code story}, a canonical article chosen as for duplicates ({@link
 * org.newsdedup.text.CanonicalOrder}), and each member's cosine to it, passage alignment with it
 * and relation: {@code exact}, {@code copy}, {@code contained} or {@code transitive} when the
 * duplicate tier put the member in the canonical article's duplicate group (or {@code exact} for
 * the same content hash), else {@code rewrite} when the two tell the same facts in the same order
 * ({@link RewriteJudge}), else {@code same-story}.
 *
 * <p>Only embeddings are shuffled, never texts: a {@link StoryVector} (id, date, words, content
 * hash, 384 floats) per article for the pair search, and the passage vectors ({@link
 * PassageVectors}) only into the join that describes the groups.
 *
 * <p>Defaults, and why:
 *
 * <ul>
 *   <li>An edge needs cosine ≥ 0.75. On the seeds, the four different reports of the story score
 *       0.833–0.941 with each other (0.830–0.944 with passages filled to the model's 128
 *       tokens; 1.0 for the exact copy); eight unrelated reports score −0.12
 *       to 0.50 against them, the highest being a story written to be close (two other
 *       neighbours agreeing on security cooperation after a border incident), and at most 0.34
 *       against each other. 0.75 sits in the gap, 0.08 under the weakest same-story pair and
 *       0.25 over the closest unrelated one: nearer the reports than the unrelated news, because
 *       a false link merges two stories while a missed one is often made good through a third
 *       report.
 *   <li>The first 300 words: a story's facts are at its top, and the cost per article stays flat
 *       (about 38–40 ms of CPU for a 500-word article, against 68 ms for all of it); embedding
 *       whole articles ({@link #withEmbeddedWords withEmbeddedWords(0)}) scores the seeds
 *       0.844–0.959 and the unrelated reports at most 0.49.
 *   <li>A window of 3 days: follow-ups, rewrites and agency pick-ups of a story appear within a
 *       day or two; a week later the same people and places are usually a new story.
 *   <li>LSH of 178 bands × 16 rows: a pair at cosine 0.80 becomes a candidate with probability
 *       0.990, at 0.75 with 0.935, at 0.30 with 0.045 (see {@link HyperplaneLsh}).
 *   <li>Buckets larger than 1,000 articles are only chained in date order (see {@link
 *       org.newsdedup.text.StoryWindow}), so a template cannot cost a quadratic number of pairs.
 * </ul>
 */
public final class GroupSameStory
    extends PTransform<PCollection<Article>, PCollection<DocumentGroup>> {
  public static final int DEFAULT_WINDOW_DAYS = 3;
  public static final double DEFAULT_MIN_COSINE = 0.75;
  public static final int DEFAULT_MAX_BUCKET_SIZE = 1000;

  private final int windowDays;
  private final double minCosine;
  private final int embeddedWords;
  private final int bands;
  private final int rows;
  private final long seed;
  private final int maxBucketSize;
  private final int componentRounds;
  private final @Nullable PCollection<DocumentGroup> duplicateGroups;
  private final @Nullable PCollectionTuple embeddings;

  private GroupSameStory(
      int windowDays,
      double minCosine,
      int embeddedWords,
      int bands,
      int rows,
      long seed,
      int maxBucketSize,
      int componentRounds,
      @Nullable PCollection<DocumentGroup> duplicateGroups,
      @Nullable PCollectionTuple embeddings) {
    this.windowDays = windowDays;
    this.minCosine = minCosine;
    this.embeddedWords = embeddedWords;
    this.bands = bands;
    this.rows = rows;
    this.seed = seed;
    this.maxBucketSize = maxBucketSize;
    this.componentRounds = componentRounds;
    this.duplicateGroups = duplicateGroups;
    this.embeddings = embeddings;
  }

  public static GroupSameStory create() {
    return new GroupSameStory(
        DEFAULT_WINDOW_DAYS,
        DEFAULT_MIN_COSINE,
        Passages.DEFAULT_MAX_WORDS,
        HyperplaneLsh.DEFAULT_BANDS,
        HyperplaneLsh.DEFAULT_ROWS,
        HyperplaneLsh.DEFAULT_SEED,
        DEFAULT_MAX_BUCKET_SIZE,
        ConnectComponents.DEFAULT_ROUNDS,
        null,
        null);
  }

  /** Dated articles further apart than this many days are never compared (undated ones are). */
  public GroupSameStory withStoryWindowDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("storyWindowDays must be at least 0, got " + days);
    }
    return new GroupSameStory(
        days, minCosine, embeddedWords, bands, rows, seed, maxBucketSize, componentRounds,
        duplicateGroups, embeddings);
  }

  /** The cosine of two articles' embeddings at or above which they report the same story. */
  public GroupSameStory withMinCosine(double cosine) {
    if (!(cosine > 0 && cosine <= 1)) {
      throw new IllegalArgumentException("minCosine must be in (0, 1], got " + cosine);
    }
    return new GroupSameStory(
        windowDays, cosine, embeddedWords, bands, rows, seed, maxBucketSize, componentRounds,
        duplicateGroups, embeddings);
  }

  /**
   * How many words of each article are embedded, from its top (whole paragraphs); 0 embeds all
   * of it. The default, 300, keeps the cost per article flat; see {@link Passages}.
   */
  public GroupSameStory withEmbeddedWords(int words) {
    if (words < 0) {
      throw new IllegalArgumentException("embeddedWords must be at least 0, got " + words);
    }
    return new GroupSameStory(
        windowDays, minCosine, words, bands, rows, seed, maxBucketSize, componentRounds,
        duplicateGroups, embeddings);
  }

  /** LSH bands and bits per band; see {@link HyperplaneLsh} for the candidate probability. */
  public GroupSameStory withBands(int bandCount, int rowsPerBand) {
    if (bandCount < 1 || rowsPerBand < 1 || rowsPerBand > 64) {
      throw new IllegalArgumentException("bands must be positive and rows in 1..64");
    }
    return new GroupSameStory(
        windowDays, minCosine, embeddedWords, bandCount, rowsPerBand, seed, maxBucketSize,
        componentRounds, duplicateGroups, embeddings);
  }

  public GroupSameStory withMaxBucketSize(int size) {
    if (size < 2) {
      throw new IllegalArgumentException("maxBucketSize must be at least 2, got " + size);
    }
    return new GroupSameStory(
        windowDays, minCosine, embeddedWords, bands, rows, seed, size, componentRounds,
        duplicateGroups, embeddings);
  }

  public GroupSameStory withComponentRounds(int rounds) {
    if (rounds < 1) {
      throw new IllegalArgumentException("componentRounds must be positive, got " + rounds);
    }
    return new GroupSameStory(
        windowDays, minCosine, embeddedWords, bands, rows, seed, maxBucketSize, rounds,
        duplicateGroups, embeddings);
  }

  /**
   * The duplicate tier's groups of the same articles: their members are linked in the story
   * graph, and a member in the canonical article's duplicate group keeps the relation the
   * shingle tier gave it ({@code exact}, {@code copy}, {@code contained}, {@code transitive}).
   */
  public GroupSameStory withDuplicateGroups(PCollection<DocumentGroup> groups) {
    return new GroupSameStory(
        windowDays, minCosine, embeddedWords, bands, rows, seed, maxBucketSize, componentRounds,
        groups, embeddings);
  }

  /**
   * The articles' embeddings, made by {@link EmbedStories} (with its own embedded words), instead
   * of embedding them here: for a pipeline that needs the vectors elsewhere too.
   */
  public GroupSameStory withEmbeddings(PCollectionTuple embedded) {
    return new GroupSameStory(
        windowDays, minCosine, embeddedWords, bands, rows, seed, maxBucketSize, componentRounds,
        duplicateGroups, embedded);
  }

  @Override
  public PCollection<DocumentGroup> expand(PCollection<Article> articles) {
    PCollectionTuple embedded =
        embeddings != null
            ? embeddings
            : articles.apply(
                "EmbedStories", EmbedStories.create().withEmbeddedWords(embeddedWords));
    PCollection<KV<String, StoryVector>> vectors = embedded.get(StoryFns.VECTORS);
    PCollection<KV<String, PassageVectors>> passages = embedded.get(StoryFns.PASSAGES);

    PCollectionTuple exact =
        vectors
            .apply("KeyByContentHash", ParDo.of(new StoryFns.KeyByContentHashFn()))
            .apply("GroupByContentHash", GroupByKey.create())
            .apply(
                "LinkExactCopies",
                ParDo.of(new StoryFns.LinkExactCopiesFn())
                    .withOutputTags(
                        StoryFns.REPRESENTATIVES, TupleTagList.of(StoryFns.EXACT_EDGES)));
    PCollection<KV<String, StoryVector>> representatives = exact.get(StoryFns.REPRESENTATIVES);

    PCollection<KV<String, String>> candidates =
        representatives
            .apply("BandKeys", ParDo.of(new StoryFns.BandKeysFn(bands, rows, seed)))
            .setCoder(
                KvCoder.of(
                    VarLongCoder.of(),
                    KvCoder.of(StringUtf8Coder.of(), NullableCoder.of(VarLongCoder.of()))))
            .apply("GroupByBand", GroupByKey.create())
            .apply(
                "PairWithinWindow",
                ParDo.of(new StoryFns.PairCandidatesFn(windowDays, maxBucketSize)))
            .apply("DistinctCandidates", Distinct.create());

    PCollectionList<KV<String, String>> edgeLists =
        PCollectionList.of(exact.get(StoryFns.EXACT_EDGES)).and(score(candidates, representatives));
    PCollection<KV<String, KV<String, String>>> duplicateRelations;
    if (duplicateGroups != null) {
      PCollection<DocumentGroup> duplicates =
          duplicateGroups.apply(
              "DuplicateTierOnly",
              Filter.by((DocumentGroup g) -> DocumentGroup.TIER_DUPLICATE.equals(g.tier)));
      edgeLists =
          edgeLists.and(
              duplicates.apply("DuplicateEdges", ParDo.of(new StoryFns.DuplicateEdgesFn())));
      duplicateRelations =
          duplicates.apply("DuplicateRelations", ParDo.of(new StoryFns.DuplicateRelationsFn()));
    } else {
      duplicateRelations =
          articles
              .getPipeline()
              .apply(
                  "NoDuplicateRelations",
                  Create.empty(
                      KvCoder.of(
                          StringUtf8Coder.of(),
                          KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()))));
    }

    PCollection<KV<String, String>> components =
        edgeLists
            .apply("AllEdges", Flatten.pCollections())
            .apply("ConnectComponents", ConnectComponents.create().withRounds(componentRounds));

    return describe(components, vectors, passages, duplicateRelations);
  }

  /** Joins each candidate pair with both vectors and keeps the pairs at or above minCosine. */
  private PCollection<KV<String, String>> score(
      PCollection<KV<String, String>> candidates,
      PCollection<KV<String, StoryVector>> representatives) {
    PCollection<KV<String, StoryVector>> leftSides =
        KeyedPCollectionTuple.of(StoryFns.VECTOR, representatives)
            .and(StoryFns.PARTNER, candidates)
            .apply("JoinLeftVector", CoGroupByKey.create())
            .apply("SendLeftToRight", ParDo.of(new StoryFns.SendToPartnerFn()));
    return KeyedPCollectionTuple.of(StoryFns.VECTOR, representatives)
        .and(StoryFns.LEFT, leftSides)
        .apply("JoinRightVector", CoGroupByKey.create())
        .apply("ScorePairs", ParDo.of(new StoryFns.ScorePairsFn(minCosine)));
  }

  /** Gathers each component's vectors, passages and duplicate facts, and describes it. */
  private PCollection<DocumentGroup> describe(
      PCollection<KV<String, String>> components,
      PCollection<KV<String, StoryVector>> vectors,
      PCollection<KV<String, PassageVectors>> passages,
      PCollection<KV<String, KV<String, String>>> duplicateRelations) {
    PCollectionTuple byComponent =
        KeyedPCollectionTuple.of(StoryFns.COMPONENT, components)
            .and(StoryFns.VECTOR, vectors)
            .and(StoryFns.PASSAGE, passages)
            .and(StoryFns.DUPLICATE, duplicateRelations)
            .apply("JoinMembers", CoGroupByKey.create())
            .apply(
                "KeyByComponent",
                ParDo.of(new StoryFns.KeyByComponentFn())
                    .withOutputTags(
                        StoryFns.MEMBER_VECTORS,
                        TupleTagList.of(StoryFns.MEMBER_PASSAGES)
                            .and(StoryFns.MEMBER_DUPLICATES)));
    return KeyedPCollectionTuple.of(
            StoryFns.GROUP_VECTORS, byComponent.get(StoryFns.MEMBER_VECTORS))
        .and(StoryFns.GROUP_PASSAGES, byComponent.get(StoryFns.MEMBER_PASSAGES))
        .and(StoryFns.GROUP_DUPLICATES, byComponent.get(StoryFns.MEMBER_DUPLICATES))
        .apply("GroupByComponent", CoGroupByKey.create())
        .apply("DescribeGroup", ParDo.of(new StoryFns.DescribeStoryFn()));
  }
}
