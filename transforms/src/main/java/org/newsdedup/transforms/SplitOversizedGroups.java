package org.newsdedup.transforms;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Filter;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.text.CanonicalOrder;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.ShingleWeights;
import org.newsdedup.text.Shards;

/**
 * Re-verifies duplicate components larger than a limit against their canonical article. Real
 * copy groups are small; a component of thousands is almost always a chain: pages that each
 * share a block of text (a rotating ticker, a "previously" box, a long template) with the next,
 * linked end to end though the first and the last have nothing in common. In such a component,
 * every member that the {@link CopyJudge} does not call a copy of the canonical article ({@link
 * CanonicalOrder}), on shingles weighed as in pair scoring ({@link ShingleWeights}), is split off
 * and stands alone; the members that are copies of it, and exact copies, stay. Components up to
 * the limit are left as they are, transitive members included.
 *
 * <p>Nothing gathers a component: sizes are counted and the canonical article chosen by
 * combiners, and only the canonical fingerprints of the oversized components (few, each a few
 * kilobytes) are broadcast to the workers as a side input. Counters {@code oversizedGroups} and
 * {@code splitMembers} (namespace {@link GroupNearDuplicates}) count what was split.
 *
 * <p>Input and output: article id → component label, as {@link ConnectComponents} gives them;
 * a split member has no label in the output.
 */
public final class SplitOversizedGroups
    extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  static final TupleTag<KV<String, String>> LABEL = new TupleTag<>() {};
  static final TupleTag<KV<String, Fingerprint>> FINGERPRINT = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> KEPT = new TupleTag<>() {};
  static final TupleTag<KV<String, Fingerprint>> TO_VERIFY = new TupleTag<>() {};

  private final PCollection<KV<String, Fingerprint>> fingerprints;
  private final CopyJudge judge;
  private final PCollectionView<CommonShingles> common;
  private final int maxGroupSize;

  private SplitOversizedGroups(
      PCollection<KV<String, Fingerprint>> fingerprints,
      CopyJudge judge,
      PCollectionView<CommonShingles> common,
      int maxGroupSize) {
    this.fingerprints = fingerprints;
    this.judge = judge;
    this.common = common;
    this.maxGroupSize = maxGroupSize;
  }

  /**
   * Splits components of more than {@code maxGroupSize} articles, with these fingerprints, their
   * shingles weighed by {@code common} ({@link CountCommonShingles}).
   */
  public static SplitOversizedGroups of(
      PCollection<KV<String, Fingerprint>> fingerprints,
      CopyJudge judge,
      PCollectionView<CommonShingles> common,
      int maxGroupSize) {
    if (maxGroupSize < 2) {
      throw new IllegalArgumentException("maxGroupSize must be at least 2, got " + maxGroupSize);
    }
    return new SplitOversizedGroups(fingerprints, judge, common, maxGroupSize);
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> labels) {
    PCollectionView<Map<String, Long>> oversized =
        labels
            .apply("OnePerMember", MapElements.into(
                    TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.longs()))
                .via((KV<String, String> label) -> KV.of(label.getValue(), 1L)))
            .apply("ComponentSizes", Sum.longsPerKey())
            .apply("OversizedOnly", Filter.by(new LargerThan(maxGroupSize)))
            .apply("CountOversized", ParDo.of(new CountOversizedFn()))
            .apply("OversizedView", View.asMap());

    int shards = Shards.DEFAULT_COUNT;
    PCollectionTuple sorted =
        KeyedPCollectionTuple.of(
                LABEL, labels.apply("KeyLabelsByShard", ParDo.of(new KeyByIdShardFn<>(shards))))
            .and(
                FINGERPRINT,
                fingerprints.apply("KeyFingerprintsByShard", ParDo.of(new KeyByIdShardFn<>(shards))))
            .apply("JoinFingerprints", CoGroupByKey.create())
            .apply(
                "SetAsideOversized",
                ParDo.of(new SetAsideOversizedFn(oversized))
                    .withSideInputs(oversized)
                    .withOutputTags(KEPT, TupleTagList.of(TO_VERIFY)));
    PCollection<KV<String, Fingerprint>> toVerify = sorted.get(TO_VERIFY);

    PCollectionView<Map<String, Fingerprint>> canonicals =
        toVerify
            .apply("PickCanonical", Combine.perKey(new CanonicalFn()))
            .apply("CanonicalView", View.asMap());
    PCollection<KV<String, String>> verified =
        toVerify.apply(
            "VerifyAgainstCanonical",
            ParDo.of(new VerifyFn(canonicals, judge, common)).withSideInputs(canonicals, common));

    return PCollectionList.of(sorted.get(KEPT))
        .and(verified)
        .apply("AllLabels", Flatten.pCollections());
  }

  static final class LargerThan implements SerializableFunction<KV<String, Long>, Boolean> {
    private final int limit;

    LargerThan(int limit) {
      this.limit = limit;
    }

    @Override
    public Boolean apply(KV<String, Long> size) {
      return size.getValue() > limit;
    }
  }

  static final class CountOversizedFn extends DoFn<KV<String, Long>, KV<String, Long>> {
    private final Counter oversizedGroups =
        Metrics.counter(GroupNearDuplicates.class, "oversizedGroups");

    @ProcessElement
    public void process(@Element KV<String, Long> size, OutputReceiver<KV<String, Long>> out) {
      oversizedGroups.inc();
      out.output(size);
    }
  }

  /**
   * Passes labels of ordinary components on; sends members of oversized ones to verification. The
   * join is by shard of article id: the shard's labels are held in memory (two short strings an
   * article) and its fingerprints streamed past them.
   */
  static final class SetAsideOversizedFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, String>> {
    private final PCollectionView<Map<String, Long>> oversized;

    SetAsideOversizedFn(PCollectionView<Map<String, Long>> oversized) {
      this.oversized = oversized;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, CoGbkResult> joined, ProcessContext context, MultiOutputReceiver out) {
      Map<String, Long> oversizedSizes = context.sideInput(oversized);
      Map<String, String> toVerify = new HashMap<>();
      for (KV<String, String> label : joined.getValue().getAll(LABEL)) {
        if (oversizedSizes.containsKey(label.getValue())) {
          toVerify.put(label.getKey(), label.getValue());
        } else {
          out.get(KEPT).output(label);
        }
      }
      if (toVerify.isEmpty()) {
        return;
      }
      for (KV<String, Fingerprint> fingerprint : joined.getValue().getAll(FINGERPRINT)) {
        String label = toVerify.get(fingerprint.getKey());
        if (label != null) {
          out.get(TO_VERIFY).output(KV.of(label, fingerprint.getValue()));
        }
      }
    }
  }

  /** Keeps the fingerprint that {@link CanonicalOrder} puts first. */
  static final class CanonicalFn extends Combine.BinaryCombineFn<Fingerprint> {
    @Override
    public Fingerprint apply(Fingerprint left, Fingerprint right) {
      return CanonicalOrder.FIRST_IS_CANONICAL.compare(candidate(left), candidate(right)) <= 0
          ? left
          : right;
    }

    private static CanonicalOrder.Candidate candidate(Fingerprint f) {
      return new CanonicalOrder.Candidate(f.id, f.publishedDate, f.wordCount);
    }
  }

  /** Keeps a member that is the canonical article, an exact copy or a copy of it. */
  static final class VerifyFn extends DoFn<KV<String, Fingerprint>, KV<String, String>> {
    private final Counter splitMembers = Metrics.counter(GroupNearDuplicates.class, "splitMembers");
    private final PCollectionView<Map<String, Fingerprint>> canonicals;
    private final CopyJudge judge;
    private final PCollectionView<CommonShingles> common;
    private final WeightsCache weights = new WeightsCache();

    VerifyFn(
        PCollectionView<Map<String, Fingerprint>> canonicals,
        CopyJudge judge,
        PCollectionView<CommonShingles> common) {
      this.canonicals = canonicals;
      this.judge = judge;
      this.common = common;
    }

    @ProcessElement
    public void process(
        @Element KV<String, Fingerprint> member,
        ProcessContext context,
        OutputReceiver<KV<String, String>> out) {
      Fingerprint canonical = context.sideInput(canonicals).get(member.getKey());
      Fingerprint self = member.getValue();
      boolean stays =
          self.id.equals(canonical.id)
              || self.contentHash.equals(canonical.contentHash)
              || judge.relation(
                      SetSimilarity.compare(
                          self.shingles(),
                          canonical.shingles(),
                          weights.of(context.sideInput(common))))
                  != null;
      if (stays) {
        out.output(KV.of(self.id, member.getKey()));
      } else {
        splitMembers.inc();
      }
    }
  }
}
