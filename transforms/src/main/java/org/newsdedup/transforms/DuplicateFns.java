package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.newsdedup.model.Article;
import org.newsdedup.model.BucketEntries;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.model.SimilarityEdge;
import org.newsdedup.text.AnchorShingles;
import org.newsdedup.text.BucketPairs;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.MinHash;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.Shards;
import org.newsdedup.text.ShingleWeights;
import org.newsdedup.text.Shingles;
import org.newsdedup.text.WeighedShingles;

/** The small DoFns of {@link GroupNearDuplicates}, each adapting one piece of text logic. */
final class DuplicateFns {
  static final TupleTag<KV<Integer, Fingerprint>> REPRESENTATIVES = new TupleTag<>() {};
  static final TupleTag<SimilarityEdge> EXACT_EDGES = new TupleTag<>() {};
  static final TupleTag<Fingerprint> FINGERPRINT = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> PAIR = new TupleTag<>() {};
  static final TupleTag<KV<String, Fingerprint>> LEFT = new TupleTag<>() {};

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

  /** Keys each fingerprint by the shard of its content hash, so exact copies meet. */
  static final class KeyByContentHashFn extends DoFn<KV<String, Fingerprint>, KV<Integer, Fingerprint>> {
    private final int shards;

    KeyByContentHashFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element KV<String, Fingerprint> keyed, OutputReceiver<KV<Integer, Fingerprint>> out) {
      out.output(KV.of(Shards.of(keyed.getValue().contentHash, shards), keyed.getValue()));
    }
  }

  /**
   * Keeps one representative per content hash (the smallest id) for the near-copy search, keyed
   * by the shard of its id, and links every other copy to it with an exact edge. The first pass
   * over the shard keeps only the representatives in memory, however many copies there are.
   */
  static final class LinkExactCopiesFn
      extends DoFn<KV<Integer, Iterable<Fingerprint>>, KV<Integer, Fingerprint>> {
    private final int shards;

    LinkExactCopiesFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<Fingerprint>> shard, MultiOutputReceiver out) {
      Map<String, Fingerprint> representatives = new HashMap<>();
      for (Fingerprint copy : shard.getValue()) {
        representatives.merge(
            copy.contentHash, copy, (kept, other) -> other.id.compareTo(kept.id) < 0 ? other : kept);
      }
      for (Fingerprint representative : representatives.values()) {
        out.get(REPRESENTATIVES).output(KV.of(Shards.of(representative.id, shards), representative));
      }
      for (Fingerprint copy : shard.getValue()) {
        Fingerprint representative = representatives.get(copy.contentHash);
        if (!copy.id.equals(representative.id)) {
          out.get(EXACT_EDGES)
              .output(new SimilarityEdge(representative.id, copy.id, 1.0, 1.0, CopyJudge.EXACT));
        }
      }
    }
  }

  /**
   * Sends (band key, id) for each LSH band of the article's MinHash signature, in batches by
   * shard of the key ({@link BucketEntryBatches}).
   */
  static final class BandKeysFn extends DoFn<KV<Integer, Fingerprint>, KV<Integer, BucketEntries>> {
    private final Counter busy = StageTime.of(StageTime.DUPLICATE_GROUPING);
    private final int bands;
    private final int rows;
    private final int shards;
    private transient MinHash minHash;
    private transient BucketEntryBatches batches;

    BandKeysFn(int bands, int rows, int shards) {
      this.bands = bands;
      this.rows = rows;
      this.shards = shards;
    }

    @Setup
    public void setUp() {
      minHash = new MinHash(bands, rows);
    }

    @StartBundle
    public void startBundle() {
      batches = new BucketEntryBatches(shards);
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Fingerprint> keyed,
        BoundedWindow window,
        OutputReceiver<KV<Integer, BucketEntries>> out) {
      Fingerprint fingerprint = keyed.getValue();
      if (fingerprint.shingleCount() == 0) {
        return;
      }
      long started = System.nanoTime();
      long[] keys = minHash.bandKeys(minHash.signature(fingerprint.shingles()));
      busy.inc(StageTime.since(started));
      for (long key : keys) {
        batches.add(key, fingerprint.id, window, out);
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      batches.finish(context);
    }
  }

  /**
   * Sends (anchor key, id) for each sampled shingle of the article ({@link AnchorShingles}), in
   * batches by shard of the key ({@link BucketEntryBatches}).
   */
  static final class AnchorKeysFn
      extends DoFn<KV<Integer, Fingerprint>, KV<Integer, BucketEntries>> {
    private final Counter busy = StageTime.of(StageTime.DUPLICATE_GROUPING);
    private final int every;
    private final int shards;
    private transient BucketEntryBatches batches;

    AnchorKeysFn(int every, int shards) {
      this.every = every;
      this.shards = shards;
    }

    @StartBundle
    public void startBundle() {
      batches = new BucketEntryBatches(shards);
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Fingerprint> keyed,
        BoundedWindow window,
        OutputReceiver<KV<Integer, BucketEntries>> out) {
      long started = System.nanoTime();
      long[] keys = AnchorShingles.keys(keyed.getValue().shingles(), every);
      busy.inc(StageTime.since(started));
      for (long key : keys) {
        batches.add(key, keyed.getValue().id, window, out);
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      batches.finish(context);
    }
  }

  /**
   * Pairs the articles that share an anchor shingle, for each anchor of one shard; an anchor
   * shared by more than the limit is a stock phrase or a template, and pairs nothing. Pairs are
   * keyed by the shard of their smaller id, where {@link SendToPartnersFn} meets them.
   */
  static final class PairAnchorSharersFn
      extends DoFn<KV<Integer, Iterable<BucketEntries>>, KV<Integer, KV<String, String>>> {
    private final Counter commonAnchors = Metrics.counter(GroupNearDuplicates.class, "commonAnchors");
    private final Counter anchorPairs = Metrics.counter(GroupNearDuplicates.class, "anchorPairs");
    private final int maxSharers;
    private final int shards;

    PairAnchorSharersFn(int maxSharers, int shards) {
      this.maxSharers = maxSharers;
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<BucketEntries>> shard,
        OutputReceiver<KV<Integer, KV<String, String>>> out) {
      for (List<String> sharers : buckets(shard.getValue())) {
        boolean paired =
            AnchorShingles.pairSharers(
                sharers,
                maxSharers,
                countedPairs(anchorPairs, out, shards));
        if (!paired) {
          commonAnchors.inc();
        }
      }
    }
  }

  /** Pairs the articles of each LSH bucket of one shard by {@link BucketPairs}. */
  static final class PairCandidatesFn
      extends DoFn<KV<Integer, Iterable<BucketEntries>>, KV<Integer, KV<String, String>>> {
    private final Counter oversizedBuckets =
        Metrics.counter(GroupNearDuplicates.class, "oversizedBuckets");
    private final Counter bandPairs = Metrics.counter(GroupNearDuplicates.class, "bandPairs");
    private final int maxBucketSize;
    private final int shards;

    PairCandidatesFn(int maxBucketSize, int shards) {
      this.maxBucketSize = maxBucketSize;
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<BucketEntries>> shard,
        OutputReceiver<KV<Integer, KV<String, String>>> out) {
      for (List<String> ids : buckets(shard.getValue())) {
        if (BucketPairs.isOversized(ids.size(), maxBucketSize)) {
          oversizedBuckets.inc();
        }
        BucketPairs.forEach(
            ids,
            maxBucketSize,
            countedPairs(bandPairs, out, shards));
      }
    }
  }

  /** The members of each bucket key among one shard's batches of (key, id) entries. */
  private static Collection<List<String>> buckets(Iterable<BucketEntries> batches) {
    Map<Long, List<String>> members = new HashMap<>();
    for (BucketEntries batch : batches) {
      for (int i = 0; i < batch.size(); i++) {
        members.computeIfAbsent(batch.key(i), key -> new ArrayList<>()).add(batch.id(i));
      }
    }
    return members.values();
  }

  /** Outputs each pair keyed by the shard of its left id, and counts it. */
  private static BiConsumer<String, String> countedPairs(
      Counter counter, DoFn.OutputReceiver<KV<Integer, KV<String, String>>> out, int shards) {
    return (left, right) -> {
      counter.inc();
      out.output(KV.of(Shards.of(left, shards), KV.of(left, right)));
    };
  }

  /**
   * Sends each left article's fingerprint to the shard of each of its partners. A pair that many
   * bands and anchors found is sent once: all its copies meet here, in the shard of its left id.
   */
  static final class SendToPartnersFn
      extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, KV<String, Fingerprint>>> {
    private final int shards;

    SendToPartnersFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, CoGbkResult> joined,
        OutputReceiver<KV<Integer, KV<String, Fingerprint>>> out) {
      Map<String, Fingerprint> own = byId(joined.getValue().getAll(FINGERPRINT));
      Map<String, Set<String>> partners = new HashMap<>();
      for (KV<String, String> pair : joined.getValue().getAll(PAIR)) {
        partners.computeIfAbsent(pair.getKey(), id -> new HashSet<>()).add(pair.getValue());
      }
      partners.forEach(
          (leftId, rightIds) -> {
            Fingerprint left = own.get(leftId);
            if (left == null) {
              return;
            }
            for (String rightId : rightIds) {
              out.output(KV.of(Shards.of(rightId, shards), KV.of(rightId, left)));
            }
          });
    }
  }

  /**
   * Scores each pair on its true shingle sets, each shingle weighed by how many texts hold it
   * ({@link ShingleWeights}), and keeps those the judge calls copies. A pair is given up as soon
   * as it cannot reach the judge's least shared weight: most candidates share little.
   */
  static final class ScorePairsFn extends DoFn<KV<Integer, CoGbkResult>, SimilarityEdge> {
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
        @Element KV<Integer, CoGbkResult> joined,
        ProcessContext context,
        OutputReceiver<SimilarityEdge> out) {
      Map<String, Fingerprint> own = byId(joined.getValue().getAll(FINGERPRINT));
      ShingleWeights shingleWeights = weights.of(context.sideInput(common));
      // An article meets many partners in its shard: its weights are looked up once here.
      Map<String, WeighedShingles> weighed = new HashMap<>();
      for (KV<String, Fingerprint> pair : joined.getValue().getAll(LEFT)) {
        Fingerprint right = own.get(pair.getKey());
        if (right == null) {
          continue;
        }
        Fingerprint left = pair.getValue();
        verified.inc();
        long started = System.nanoTime();
        WeighedShingles leftShingles = weighed.computeIfAbsent(
            left.id, id -> WeighedShingles.of(left.shingles(), shingleWeights));
        WeighedShingles rightShingles = weighed.computeIfAbsent(
            right.id, id -> WeighedShingles.of(right.shingles(), shingleWeights));
        SetSimilarity.Scores scores =
            SetSimilarity.compareIfReaching(
                leftShingles,
                rightShingles,
                judge.minSharedWeight(leftShingles.total(), rightShingles.total()));
        String relation = scores == null ? null : judge.relation(scores);
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

  private static Map<String, Fingerprint> byId(Iterable<Fingerprint> fingerprints) {
    Map<String, Fingerprint> byId = new HashMap<>();
    for (Fingerprint fingerprint : fingerprints) {
      byId.put(fingerprint.id, fingerprint);
    }
    return byId;
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
