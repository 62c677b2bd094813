package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TupleTag;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.model.GroupMember;
import org.newsdedup.text.CanonicalOrder;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.ShingleWeights;
import org.newsdedup.text.Shards;

/**
 * Turns component labels (article id → component) into {@link DocumentGroup}s: picks each group's
 * canonical article by {@link CanonicalOrder}, scores every member against it (shingles weighed
 * as in pair scoring, {@link ShingleWeights}), and names the group after the canonical
 * article's content hash, so the same input always gives the same id.
 */
public final class DescribeGroups
    extends PTransform<PCollection<KV<String, String>>, PCollection<DocumentGroup>> {
  private static final TupleTag<KV<String, String>> COMPONENT = new TupleTag<>() {};
  private static final TupleTag<KV<String, Fingerprint>> FINGERPRINT = new TupleTag<>() {};

  private final PCollection<KV<String, Fingerprint>> fingerprints;
  private final String tier;
  private final CopyJudge judge;
  private final PCollectionView<CommonShingles> common;

  private DescribeGroups(
      PCollection<KV<String, Fingerprint>> fingerprints,
      String tier,
      CopyJudge judge,
      PCollectionView<CommonShingles> common) {
    this.fingerprints = fingerprints;
    this.tier = tier;
    this.judge = judge;
    this.common = common;
  }

  /**
   * Describes components using these fingerprints (keyed by article id) for scoring, their
   * shingles weighed by {@code common} ({@link CountCommonShingles}).
   */
  public static DescribeGroups of(
      PCollection<KV<String, Fingerprint>> fingerprints,
      String tier,
      CopyJudge judge,
      PCollectionView<CommonShingles> common) {
    return new DescribeGroups(fingerprints, tier, judge, common);
  }

  @Override
  public PCollection<DocumentGroup> expand(PCollection<KV<String, String>> components) {
    int shards = Shards.DEFAULT_COUNT;
    return KeyedPCollectionTuple.of(
            COMPONENT, components.apply("KeyComponentsByShard", ParDo.of(new KeyByIdShardFn<>(shards))))
        .and(FINGERPRINT, fingerprints.apply("KeyFingerprintsByShard", ParDo.of(new KeyByIdShardFn<>(shards))))
        .apply("JoinFingerprints", CoGroupByKey.create())
        .apply("KeyByComponent", ParDo.of(new KeyByComponentFn()))
        .apply("GroupByComponent", GroupByKey.create())
        .apply(
            "DescribeGroup", ParDo.of(new DescribeFn(tier, judge, common)).withSideInputs(common));
  }

  /**
   * Holds the shard's component labels (two short strings an article) in memory and keys each
   * labelled article's fingerprint by its component.
   */
  static final class KeyByComponentFn extends DoFn<KV<Integer, CoGbkResult>, KV<String, Fingerprint>> {
    @ProcessElement
    public void process(
        @Element KV<Integer, CoGbkResult> joined, OutputReceiver<KV<String, Fingerprint>> out) {
      Map<String, String> componentOf = new HashMap<>();
      for (KV<String, String> label : joined.getValue().getAll(COMPONENT)) {
        componentOf.put(label.getKey(), label.getValue());
      }
      for (KV<String, Fingerprint> fingerprint : joined.getValue().getAll(FINGERPRINT)) {
        String component = componentOf.get(fingerprint.getKey());
        if (component != null) {
          out.output(KV.of(component, fingerprint.getValue()));
        }
      }
    }
  }

  static final class DescribeFn extends DoFn<KV<String, Iterable<Fingerprint>>, DocumentGroup> {
    private final Counter busy = StageTime.of(StageTime.DUPLICATE_GROUPING);
    private final String tier;
    private final CopyJudge judge;
    private final PCollectionView<CommonShingles> common;
    private final WeightsCache weights = new WeightsCache();

    DescribeFn(String tier, CopyJudge judge, PCollectionView<CommonShingles> common) {
      this.tier = tier;
      this.judge = judge;
      this.common = common;
    }

    @ProcessElement
    public void process(
        @Element KV<String, Iterable<Fingerprint>> component,
        ProcessContext context,
        OutputReceiver<DocumentGroup> out) {
      long started = System.nanoTime();
      Fingerprint canonical = null;
      int size = 0;
      for (Fingerprint member : component.getValue()) {
        size++;
        if (canonical == null
            || CanonicalOrder.FIRST_IS_CANONICAL.compare(candidate(member), candidate(canonical))
                < 0) {
          canonical = member;
        }
      }
      if (size < 2) {
        // What is left of a component after its other members were split off is no group.
        busy.inc(StageTime.since(started));
        return;
      }
      long[] canonicalShingles = canonical.shingles();
      ShingleWeights shingleWeights = weights.of(context.sideInput(common));
      List<GroupMember> members = new ArrayList<>();
      for (Fingerprint member : component.getValue()) {
        members.add(describe(member, canonical, canonicalShingles, shingleWeights));
      }
      members.sort(Comparator.comparing(m -> m.id));
      String groupId = DocumentGroup.idFor(tier, canonical.contentHash);
      busy.inc(StageTime.since(started));
      out.output(new DocumentGroup(groupId, tier, canonical.id, members));
    }

    private GroupMember describe(
        Fingerprint member,
        Fingerprint canonical,
        long[] canonicalShingles,
        ShingleWeights shingleWeights) {
      if (member.id.equals(canonical.id)) {
        return new GroupMember(member.id, 1.0, 1.0, CopyJudge.CANONICAL);
      }
      if (member.contentHash.equals(canonical.contentHash)) {
        return new GroupMember(member.id, 1.0, 1.0, CopyJudge.EXACT);
      }
      SetSimilarity.Scores scores =
          SetSimilarity.compare(member.shingles(), canonicalShingles, shingleWeights);
      String relation = judge.relation(scores);
      return new GroupMember(
          member.id,
          DuplicateFns.round(scores.jaccard()),
          DuplicateFns.round(scores.containment()),
          relation == null ? CopyJudge.TRANSITIVE : relation);
    }

    private static CanonicalOrder.Candidate candidate(Fingerprint fingerprint) {
      return new CanonicalOrder.Candidate(
          fingerprint.id, fingerprint.publishedDate, fingerprint.wordCount);
    }
  }
}
