package org.newsdedup.transforms;

import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Values;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsdedup.model.Article;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.model.SimilarityEdge;
import org.newsdedup.text.AnchorShingles;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.ShingleWeights;
import org.newsdedup.text.Shards;

/**
 * Groups copies of one article: exact copies share a content hash; near copies are found by
 * MinHash over word shingles with LSH banding, and every candidate pair is verified by its true
 * Jaccard similarity and containment before it becomes an edge. Groups are the connected
 * components of the edges; each names a canonical article (see {@link DescribeGroups}).
 *
 * <p>Defaults, and why:
 *
 * <ul>
 *   <li>Shingles of 5 words: long enough that unrelated news rarely shares one, short enough
 *       that an edited copy keeps most of its shingles.
 *   <li>42 bands × 3 rows (126 hash functions): a pair at Jaccard 0.5 becomes a candidate with
 *       probability 0.996, at 0.3 with 0.68, at 0.05 with 0.005, so true copies are found while
 *       unrelated articles rarely cost a verification.
 *   <li>Contained copies (slides, excerpts, short truncations) have a low Jaccard, which banding
 *       rarely pairs: articles that share a sampled shingle (one in 16, picked by hash, see
 *       {@link AnchorShingles}) are candidates too, unless more than 100 share it (a stock
 *       phrase).
 *   <li>An edge needs Jaccard ≥ 0.5 (a copy with edits or a different wrapper) or containment ≥
 *       0.8 (a truncated copy or an excerpt inside a longer page), each shingle weighed by the
 *       number of distinct texts that hold it ({@link ShingleWeights}, {@link
 *       CountCommonShingles}): text held by 50 or more different texts is a site's template or
 *       a stock phrase, and pages that share only it are not copies. Pair scoring, the split of
 *       oversized groups and the members' scores all weigh the same way.
 *   <li>Buckets larger than 1,000 articles (a shared template, not a copy) pair each member
 *       with the bucket's first member only, so one template cannot cost a quadratic number of
 *       verifications.
 *   <li>Band keys, anchor keys and article ids are grouped by {@link Shards shard} (256), and
 *       each shard pairs its buckets and joins its pairs with their fingerprints in memory: a
 *       runner's cost per grouped key is paid a few hundred times per step, not once per band of
 *       every article. Candidate pairs found by several bands and anchors meet in the shard of
 *       their smaller id, and are verified once.
 *   <li>Components of more than 1,000 articles are re-verified against their canonical article
 *       ({@link SplitOversizedGroups}): copy groups that large are chains through shared blocks
 *       of text, not copies of one article.
 * </ul>
 */
public final class GroupNearDuplicates
    extends PTransform<PCollection<Article>, PCollection<DocumentGroup>> {
  private final int shingleSize;
  private final int bands;
  private final int rows;
  private final CopyJudge judge;
  private final int maxBucketSize;
  private final int componentRounds;
  private final int maxGroupSize;
  private final int commonFloor;

  private GroupNearDuplicates(
      int shingleSize,
      int bands,
      int rows,
      CopyJudge judge,
      int maxBucketSize,
      int componentRounds,
      int maxGroupSize,
      int commonFloor) {
    this.shingleSize = shingleSize;
    this.bands = bands;
    this.rows = rows;
    this.judge = judge;
    this.maxBucketSize = maxBucketSize;
    this.componentRounds = componentRounds;
    this.maxGroupSize = maxGroupSize;
    this.commonFloor = commonFloor;
  }

  public static final int DEFAULT_MAX_GROUP_SIZE = 1000;

  public static GroupNearDuplicates create() {
    return new GroupNearDuplicates(
        5, 42, 3, new CopyJudge(0.5, 0.8), 1000, ConnectComponents.DEFAULT_ROUNDS,
        DEFAULT_MAX_GROUP_SIZE, ShingleWeights.DEFAULT_FLOOR);
  }

  public GroupNearDuplicates withShingleSize(int words) {
    checkPositive("shingleSize", words);
    return new GroupNearDuplicates(
        words, bands, rows, judge, maxBucketSize, componentRounds, maxGroupSize, commonFloor);
  }

  public GroupNearDuplicates withBands(int bandCount, int rowsPerBand) {
    checkPositive("bands", bandCount);
    checkPositive("rows", rowsPerBand);
    return new GroupNearDuplicates(
        shingleSize, bandCount, rowsPerBand, judge, maxBucketSize, componentRounds, maxGroupSize,
        commonFloor);
  }

  public GroupNearDuplicates withThresholds(double jaccard, double containment) {
    return new GroupNearDuplicates(
        shingleSize, bands, rows, new CopyJudge(jaccard, containment), maxBucketSize,
        componentRounds, maxGroupSize, commonFloor);
  }

  public GroupNearDuplicates withMaxBucketSize(int size) {
    checkPositive("maxBucketSize", size);
    return new GroupNearDuplicates(
        shingleSize, bands, rows, judge, size, componentRounds, maxGroupSize, commonFloor);
  }

  public GroupNearDuplicates withComponentRounds(int rounds) {
    checkPositive("componentRounds", rounds);
    return new GroupNearDuplicates(
        shingleSize, bands, rows, judge, maxBucketSize, rounds, maxGroupSize, commonFloor);
  }

  /**
   * Components of more than this many articles are re-verified against their canonical article,
   * and members that are not copies of it stand alone (see {@link SplitOversizedGroups}).
   */
  public GroupNearDuplicates withMaxGroupSize(int size) {
    if (size < 2) {
      throw new IllegalArgumentException("maxGroupSize must be at least 2, got " + size);
    }
    return new GroupNearDuplicates(
        shingleSize, bands, rows, judge, maxBucketSize, componentRounds, size, commonFloor);
  }

  /**
   * Shingles held by at least this many distinct texts weigh less the more texts hold them
   * ({@link ShingleWeights}); below it every shingle weighs 1.
   */
  public GroupNearDuplicates withCommonShingleFloor(int texts) {
    if (texts < 2) {
      throw new IllegalArgumentException("commonShingleFloor must be at least 2, got " + texts);
    }
    return new GroupNearDuplicates(
        shingleSize, bands, rows, judge, maxBucketSize, componentRounds, maxGroupSize, texts);
  }

  private static void checkPositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }

  @Override
  public PCollection<DocumentGroup> expand(PCollection<Article> articles) {
    PCollection<KV<String, Fingerprint>> fingerprints =
        articles.apply("Fingerprint", ParDo.of(new DuplicateFns.FingerprintFn(shingleSize)));

    int shards = Shards.DEFAULT_COUNT;
    PCollectionTuple exact =
        fingerprints
            .apply("KeyByContentHash", ParDo.of(new DuplicateFns.KeyByContentHashFn(shards)))
            .apply("GroupByContentHash", GroupByKey.create())
            .apply(
                "LinkExactCopies",
                ParDo.of(new DuplicateFns.LinkExactCopiesFn(shards))
                    .withOutputTags(
                        DuplicateFns.REPRESENTATIVES, TupleTagList.of(DuplicateFns.EXACT_EDGES)));
    PCollection<KV<Integer, Fingerprint>> representatives = exact.get(DuplicateFns.REPRESENTATIVES);
    PCollectionView<CommonShingles> common =
        representatives
            .apply("RepresentativeFingerprints", Values.create())
            .apply("CountCommonShingles", CountCommonShingles.atLeast(commonFloor));

    PCollection<KV<Integer, KV<String, String>>> bandCandidates =
        representatives
            .apply("BandKeys", ParDo.of(new DuplicateFns.BandKeysFn(bands, rows, shards)))
            .apply("GroupByBand", GroupByKey.create())
            .apply(
                "PairCandidates",
                ParDo.of(new DuplicateFns.PairCandidatesFn(maxBucketSize, shards)));
    PCollection<KV<Integer, KV<String, String>>> anchorCandidates =
        representatives
            .apply(
                "AnchorKeys",
                ParDo.of(new DuplicateFns.AnchorKeysFn(AnchorShingles.DEFAULT_EVERY, shards)))
            .apply("GroupByAnchor", GroupByKey.create())
            .apply(
                "PairAnchorSharers",
                ParDo.of(
                    new DuplicateFns.PairAnchorSharersFn(AnchorShingles.DEFAULT_MAX_SHARERS, shards)));
    PCollection<KV<Integer, KV<String, String>>> candidates =
        PCollectionList.of(bandCandidates)
            .and(anchorCandidates)
            .apply("AllCandidates", Flatten.pCollections());

    PCollection<SimilarityEdge> nearEdges = verify(candidates, representatives, shards, common);
    PCollection<SimilarityEdge> edges =
        PCollectionList.of(exact.get(DuplicateFns.EXACT_EDGES))
            .and(nearEdges)
            .apply("AllEdges", Flatten.pCollections());

    PCollection<KV<String, String>> components =
        edges
            .apply("EdgeEnds", ParDo.of(new DuplicateFns.EdgeEndsFn()))
            .apply("ConnectComponents", ConnectComponents.create().withRounds(componentRounds))
            .apply(
                "SplitOversizedGroups",
                SplitOversizedGroups.of(fingerprints, judge, common, maxGroupSize));

    return components.apply(
        "DescribeGroups",
        DescribeGroups.of(fingerprints, DocumentGroup.TIER_DUPLICATE, judge, common));
  }

  /**
   * Joins each candidate pair with both shingle sets and keeps the pairs that are copies, on
   * weighed shingles. Both joins are by shard of article id, not by id: a runner then opens a few
   * hundred groups per join rather than one per article, and each shard matches its pairs with
   * its fingerprints in memory.
   */
  private PCollection<SimilarityEdge> verify(
      PCollection<KV<Integer, KV<String, String>>> candidates,
      PCollection<KV<Integer, Fingerprint>> representatives,
      int shards,
      PCollectionView<CommonShingles> common) {
    PCollection<KV<Integer, KV<String, Fingerprint>>> leftSides =
        KeyedPCollectionTuple.of(DuplicateFns.FINGERPRINT, representatives)
            .and(DuplicateFns.PAIR, candidates)
            .apply("JoinLeftFingerprint", CoGroupByKey.create())
            .apply("SendLeftToRight", ParDo.of(new DuplicateFns.SendToPartnersFn(shards)));
    return KeyedPCollectionTuple.of(DuplicateFns.FINGERPRINT, representatives)
        .and(DuplicateFns.LEFT, leftSides)
        .apply("JoinRightFingerprint", CoGroupByKey.create())
        .apply(
            "ScorePairs",
            ParDo.of(new DuplicateFns.ScorePairsFn(judge, common)).withSideInputs(common));
  }
}
