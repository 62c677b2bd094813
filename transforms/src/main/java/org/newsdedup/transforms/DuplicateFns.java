package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.newsdedup.model.Article;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.model.SimilarityEdge;
import org.newsdedup.text.AnchorShingles;
import org.newsdedup.text.BucketPairs;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.MinHash;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.ShingleWeights;
import org.newsdedup.text.Shingles;

/** The small DoFns of {@link GroupNearDuplicates}, each adapting one piece of text logic. */
final class DuplicateFns {
  static final TupleTag<KV<String, Fingerprint>> REPRESENTATIVES = new TupleTag<>() {};
  static final TupleTag<SimilarityEdge> EXACT_EDGES = new TupleTag<>() {};
  static final TupleTag<Fingerprint> FINGERPRINT = new TupleTag<>() {};
  static final TupleTag<String> PARTNER = new TupleTag<>() {};
  static final TupleTag<Fingerprint> LEFT = new TupleTag<>() {};

  private DuplicateFns() {}

  static final class FingerprintFn extends DoFn<Article, KV<String, Fingerprint>> {
    private final Counter busy = StageTime.of(StageTime.FINGERPRINT);
    private final int shingleSize;

    FingerprintFn(int shingleSize) {
      this.shingleSize = shingleSize;
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<String, Fingerprint>> out) {
      long started = System.nanoTime();
      long[] shingles = Shingles.of(article.text, shingleSize);
      busy.inc(StageTime.since(started));
      out.output(
          KV.of(
              article.id,
              new Fingerprint(
                  article.id,
                  article.contentHash,
                  article.publishedDate,
                  article.wordCount,
                  shingles)));
    }
  }

  static final class KeyByContentHashFn
      extends DoFn<KV<String, Fingerprint>, KV<String, Fingerprint>> {
    @ProcessElement
    public void process(
        @Element KV<String, Fingerprint> keyed, OutputReceiver<KV<String, Fingerprint>> out) {
      out.output(KV.of(keyed.getValue().contentHash, keyed.getValue()));
    }
  }

  /**
   * Keeps one representative per content hash (the smallest id) for the near-copy search, and
   * links every other copy to it with an exact edge. Two passes over the group keep only the
   * representative in memory, however many copies there are.
   */
  static final class LinkExactCopiesFn
      extends DoFn<KV<String, Iterable<Fingerprint>>, KV<String, Fingerprint>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<Fingerprint>> copies, MultiOutputReceiver out) {
      Fingerprint representative = null;
      for (Fingerprint copy : copies.getValue()) {
        if (representative == null || copy.id.compareTo(representative.id) < 0) {
          representative = copy;
        }
      }
      out.get(REPRESENTATIVES).output(KV.of(representative.id, representative));
      for (Fingerprint copy : copies.getValue()) {
        if (!copy.id.equals(representative.id)) {
          out.get(EXACT_EDGES)
              .output(new SimilarityEdge(representative.id, copy.id, 1.0, 1.0, CopyJudge.EXACT));
        }
      }
    }
  }

  static final class BandKeysFn extends DoFn<KV<String, Fingerprint>, KV<Long, String>> {
    private final Counter busy = StageTime.of(StageTime.DUPLICATE_GROUPING);
    private final int bands;
    private final int rows;
    private transient MinHash minHash;

    BandKeysFn(int bands, int rows) {
      this.bands = bands;
      this.rows = rows;
    }

    @Setup
    public void setUp() {
      minHash = new MinHash(bands, rows);
    }

    @ProcessElement
    public void process(
        @Element KV<String, Fingerprint> keyed, OutputReceiver<KV<Long, String>> out) {
      long[] shingles = keyed.getValue().shingles();
      if (shingles.length == 0) {
        return;
      }
      long started = System.nanoTime();
      long[] keys = minHash.bandKeys(minHash.signature(shingles));
      busy.inc(StageTime.since(started));
      for (long key : keys) {
        out.output(KV.of(key, keyed.getKey()));
      }
    }
  }

  /** Emits (anchor key, id) for each sampled shingle of the article ({@link AnchorShingles}). */
  static final class AnchorKeysFn extends DoFn<KV<String, Fingerprint>, KV<Long, String>> {
    private final Counter busy = StageTime.of(StageTime.DUPLICATE_GROUPING);
    private final int every;

    AnchorKeysFn(int every) {
      this.every = every;
    }

    @ProcessElement
    public void process(
        @Element KV<String, Fingerprint> keyed, OutputReceiver<KV<Long, String>> out) {
      long started = System.nanoTime();
      long[] keys = AnchorShingles.keys(keyed.getValue().shingles(), every);
      busy.inc(StageTime.since(started));
      for (long key : keys) {
        out.output(KV.of(key, keyed.getKey()));
      }
    }
  }

  /**
   * Pairs the articles that share an anchor shingle; an anchor shared by more than the limit is a
   * stock phrase or a template, and pairs nothing.
   */
  static final class PairAnchorSharersFn extends DoFn<KV<Long, Iterable<String>>, KV<String, String>> {
    private final Counter commonAnchors = Metrics.counter(GroupNearDuplicates.class, "commonAnchors");
    private final int maxSharers;

    PairAnchorSharersFn(int maxSharers) {
      this.maxSharers = maxSharers;
    }

    @ProcessElement
    public void process(
        @Element KV<Long, Iterable<String>> anchor, OutputReceiver<KV<String, String>> out) {
      List<String> ids = new ArrayList<>();
      anchor.getValue().forEach(ids::add);
      if (!AnchorShingles.pairSharers(ids, maxSharers, (left, right) -> out.output(KV.of(left, right)))) {
        commonAnchors.inc();
      }
    }
  }

  /** Pairs the articles of one LSH bucket by {@link BucketPairs}. */
  static final class PairCandidatesFn extends DoFn<KV<Long, Iterable<String>>, KV<String, String>> {
    private final Counter oversizedBuckets =
        Metrics.counter(GroupNearDuplicates.class, "oversizedBuckets");
    private final int maxBucketSize;

    PairCandidatesFn(int maxBucketSize) {
      this.maxBucketSize = maxBucketSize;
    }

    @ProcessElement
    public void process(
        @Element KV<Long, Iterable<String>> bucket, OutputReceiver<KV<String, String>> out) {
      List<String> ids = new ArrayList<>();
      bucket.getValue().forEach(ids::add);
      if (BucketPairs.isOversized(ids.size(), maxBucketSize)) {
        oversizedBuckets.inc();
      }
      BucketPairs.forEach(ids, maxBucketSize, (left, right) -> out.output(KV.of(left, right)));
    }
  }

  /** Sends the left article's fingerprint to each of its partners. */
  static final class SendToPartnerFn extends DoFn<KV<String, CoGbkResult>, KV<String, Fingerprint>> {
    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, Fingerprint>> out) {
      Iterator<Fingerprint> own = joined.getValue().getAll(FINGERPRINT).iterator();
      if (!own.hasNext()) {
        return;
      }
      Fingerprint left = own.next();
      for (String partner : joined.getValue().getAll(PARTNER)) {
        out.output(KV.of(partner, left));
      }
    }
  }

  /**
   * Scores each pair on its true shingle sets, each shingle weighed by how many texts hold it
   * ({@link ShingleWeights}), and keeps those the judge calls copies.
   */
  static final class ScorePairsFn extends DoFn<KV<String, CoGbkResult>, SimilarityEdge> {
    private final Counter verified = Metrics.counter(GroupNearDuplicates.class, "candidatePairs");
    private final Counter accepted = Metrics.counter(GroupNearDuplicates.class, "nearCopyEdges");
    private final Counter busy = StageTime.of(StageTime.DUPLICATE_GROUPING);
    private final CopyJudge judge;
    private final PCollectionView<CommonShingles> common;
    private final WeightsCache weights;

    ScorePairsFn(CopyJudge judge, PCollectionView<CommonShingles> common) {
      this.judge = judge;
      this.common = common;
      this.weights = new WeightsCache();
    }

    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> joined,
        ProcessContext context,
        OutputReceiver<SimilarityEdge> out) {
      Iterator<Fingerprint> own = joined.getValue().getAll(FINGERPRINT).iterator();
      if (!own.hasNext()) {
        return;
      }
      ShingleWeights shingleWeights = weights.of(context.sideInput(common));
      Fingerprint right = own.next();
      long[] rightShingles = right.shingles();
      for (Fingerprint left : joined.getValue().getAll(LEFT)) {
        verified.inc();
        long started = System.nanoTime();
        SetSimilarity.Scores scores =
            SetSimilarity.compare(left.shingles(), rightShingles, shingleWeights);
        String relation = judge.relation(scores);
        busy.inc(StageTime.since(started));
        if (relation != null) {
          accepted.inc();
          out.output(
              new SimilarityEdge(
                  left.id, right.id, round(scores.jaccard()), round(scores.containment()), relation));
        }
      }
    }
  }

  static final class EdgeEndsFn extends DoFn<SimilarityEdge, KV<String, String>> {
    @ProcessElement
    public void process(@Element SimilarityEdge edge, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(edge.left, edge.right));
    }
  }

  /** Scores are reported to four decimals: enough to judge, and stable in text output. */
  static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }
}
