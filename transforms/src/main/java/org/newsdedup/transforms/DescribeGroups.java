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
import org.apache.beam.sdk.values.TupleTag;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.model.GroupMember;
import org.newsdedup.text.CanonicalOrder;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.Shards;

/**
 * Turns component labels (article id → component) into {@link DocumentGroup}s: picks each group's
 * canonical article by {@link CanonicalOrder}, scores every member against it, and names the
 * group after the canonical article's content hash, so the same input always gives the same id.
 */
public final class DescribeGroups
    extends PTransform<PCollection<KV<String, String>>, PCollection<DocumentGroup>> {
  private static final TupleTag<KV<String, String>> COMPONENT = new TupleTag<>() {};
  private static final TupleTag<KV<String, Fingerprint>> FINGERPRINT = new TupleTag<>() {};

  private final PCollection<KV<String, Fingerprint>> fingerprints;
  private final String tier;
  private final CopyJudge judge;

  private DescribeGroups(
      PCollection<KV<String, Fingerprint>> fingerprints, String tier, CopyJudge judge) {
    this.fingerprints = fingerprints;
    this.tier = tier;
    this.judge = judge;
  }

  /** Describes components using these fingerprints (keyed by article id) for scoring. */
  public static DescribeGroups of(
      PCollection<KV<String, Fingerprint>> fingerprints,
      String tier,
      CopyJudge judge) {
    return new DescribeGroups(fingerprints, tier, judge);
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
        .apply("DescribeGroup", ParDo.of(new DescribeFn(tier, judge)));
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

    DescribeFn(String tier, CopyJudge judge) {
      this.tier = tier;
      this.judge = judge;
    }

    @ProcessElement
    public void process(
        @Element KV<String, Iterable<Fingerprint>> component, OutputReceiver<DocumentGroup> out) {
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
      List<GroupMember> members = new ArrayList<>();
      for (Fingerprint member : component.getValue()) {
        members.add(describe(member, canonical, canonicalShingles));
      }
      members.sort(Comparator.comparing(m -> m.id));
      String groupId = DocumentGroup.idFor(tier, canonical.contentHash);
      busy.inc(StageTime.since(started));
      out.output(new DocumentGroup(groupId, tier, canonical.id, members));
    }

    private GroupMember describe(Fingerprint member, Fingerprint canonical, long[] canonicalShingles) {
      if (member.id.equals(canonical.id)) {
        return new GroupMember(member.id, 1.0, 1.0, CopyJudge.CANONICAL);
      }
      if (member.contentHash.equals(canonical.contentHash)) {
        return new GroupMember(member.id, 1.0, 1.0, CopyJudge.EXACT);
      }
      SetSimilarity.Scores scores = SetSimilarity.compare(member.shingles(), canonicalShingles);
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
