package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.EarlierMember;
import org.newsdedup.model.GroupMember;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.text.BridgedGroups;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.CrossNightJudge;
import org.newsdedup.text.Hashing64;
import org.newsdedup.text.HyperplaneLsh;
import org.newsdedup.text.MinHash;
import org.newsdedup.text.MinHashEstimates;
import org.newsdedup.text.NightNodes;
import org.newsdedup.text.QuantizedVectors;

/** The small DoFns of {@link JoinEarlierGroups}, each adapting one piece of text logic. */
final class EarlierGroupFns {
  static final TupleTag<IndexEntry> ENTRY = new TupleTag<>() {};
  static final TupleTag<String> PARTNER = new TupleTag<>() {};
  static final TupleTag<IndexEntry> EARLIER = new TupleTag<>() {};
  static final TupleTag<DocumentGroup> GROUP = new TupleTag<>() {};
  static final TupleTag<String> CARRIED = new TupleTag<>() {};
  static final TupleTag<DocumentGroup> FINAL_GROUP = new TupleTag<>() {};
  static final TupleTag<EarlierMember> EARLIER_MEMBER = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> MEMBERSHIP = new TupleTag<>() {};

  /** Keep the kinds of bucket key apart, so a MinHash band never meets an embedding band. */
  private static final long CONTENT_KEYS = 1;
  private static final long COPY_KEYS = 2;
  private static final long STORY_KEYS = 3;

  private EarlierGroupFns() {}

  /** Emits (bucket, (entry key, tonight?)) for the content hash and every band of an entry. */
  static final class BandKeysFn extends DoFn<IndexEntry, KV<Long, KV<String, Boolean>>> {
    private final int bands;
    private final int rows;
    private final boolean storyTier;
    private final boolean tonight;
    private transient MinHash minHash;
    private transient HyperplaneLsh lsh;
    private transient int lshDimension;

    BandKeysFn(int bands, int rows, boolean storyTier, boolean tonight) {
      this.bands = bands;
      this.rows = rows;
      this.storyTier = storyTier;
      this.tonight = tonight;
    }

    @Setup
    public void setUp() {
      minHash = new MinHash(bands, rows);
    }

    @ProcessElement
    public void process(
        @Element IndexEntry entry, OutputReceiver<KV<Long, KV<String, Boolean>>> out) {
      KV<String, Boolean> side = KV.of(entry.key(), tonight);
      out.output(KV.of(bucket(CONTENT_KEYS, Hashing64.token(entry.contentHash)), side));
      int[] signature = entry.signature();
      if (signature.length == bands * rows) {
        for (long key : MinHashEstimates.bandKeys(minHash, signature)) {
          out.output(KV.of(bucket(COPY_KEYS, key), side));
        }
      }
      if (storyTier && entry.hasStoryVector()) {
        float[] vector = QuantizedVectors.restore(entry.storyVector());
        for (long key : lshFor(vector.length).bandKeys(vector)) {
          out.output(KV.of(bucket(STORY_KEYS, key), side));
        }
      }
    }

    private HyperplaneLsh lshFor(int dimension) {
      if (lsh == null || lshDimension != dimension) {
        lsh = HyperplaneLsh.withDefaults(dimension);
        lshDimension = dimension;
      }
      return lsh;
    }

    private static long bucket(long kind, long key) {
      return Hashing64.mix(key ^ Hashing64.mix(kind));
    }
  }

  /**
   * Pairs each tonight entry of a bucket with each earlier one. A bucket with more earlier
   * entries than the limit (a template, a stock phrase) pairs with the latest of them only.
   */
  static final class PairAcrossNightsFn
      extends DoFn<KV<Long, Iterable<KV<String, Boolean>>>, KV<String, String>> {
    private final Counter oversized = Metrics.counter(JoinEarlierGroups.class, "oversizedBuckets");
    private final int maxEarlier;

    PairAcrossNightsFn(int maxEarlier) {
      this.maxEarlier = maxEarlier;
    }

    @ProcessElement
    public void process(
        @Element KV<Long, Iterable<KV<String, Boolean>>> bucket,
        OutputReceiver<KV<String, String>> out) {
      List<String> tonight = new ArrayList<>();
      List<String> earlier = new ArrayList<>();
      for (KV<String, Boolean> side : bucket.getValue()) {
        (side.getValue() ? tonight : earlier).add(side.getKey());
      }
      if (tonight.isEmpty() || earlier.isEmpty()) {
        return;
      }
      if (earlier.size() > maxEarlier) {
        oversized.inc();
        earlier.sort(Comparator.reverseOrder());
        earlier = earlier.subList(0, maxEarlier);
      }
      for (String left : tonight) {
        for (String right : earlier) {
          out.output(KV.of(left, right));
        }
      }
    }
  }

  /** Sends the earlier entry to each tonight entry it is a candidate for. */
  static final class SendToPartnerFn extends DoFn<KV<String, CoGbkResult>, KV<String, IndexEntry>> {
    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, IndexEntry>> out) {
      IndexEntry earlier = joined.getValue().getOnly(ENTRY, null);
      if (earlier == null) {
        return;
      }
      for (String partner : joined.getValue().getAll(PARTNER)) {
        out.output(KV.of(partner, earlier));
      }
    }
  }

  /** Links tonight's node to the earlier node in each tier the two entries match in. */
  static final class MatchFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final Counter copies = Metrics.counter(JoinEarlierGroups.class, "copiesOfEarlierNights");
    private final Counter stories = Metrics.counter(JoinEarlierGroups.class, "storiesOfEarlierNights");
    private final CrossNightJudge judge;
    private final boolean storyTier;

    MatchFn(CrossNightJudge judge, boolean storyTier) {
      this.judge = judge;
      this.storyTier = storyTier;
    }

    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, String>> out) {
      IndexEntry tonight = joined.getValue().getOnly(ENTRY, null);
      if (tonight == null) {
        return;
      }
      for (IndexEntry earlier : joined.getValue().getAll(EARLIER)) {
        if (judge.isCopy(tonight, earlier)) {
          copies.inc();
          link(DocumentGroup.TIER_DUPLICATE, tonight, earlier, out);
          if (storyTier) {
            link(DocumentGroup.TIER_STORY, tonight, earlier, out);
          }
        } else if (storyTier && judge.isSameStory(tonight, earlier)) {
          stories.inc();
          link(DocumentGroup.TIER_STORY, tonight, earlier, out);
        }
      }
    }

    private static void link(
        String tier, IndexEntry tonight, IndexEntry earlier, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(NightNodes.tonight(tier, tonight), NightNodes.earlier(tier, earlier)));
    }
  }

  /** Gives every tonight node of a component the id the component keeps. */
  static final class CarryEarliestIdFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    @ProcessElement
    public void process(
        @Element KV<String, Iterable<String>> component, OutputReceiver<KV<String, String>> out) {
      List<String> nodes = new ArrayList<>();
      component.getValue().forEach(nodes::add);
      String carried = NightNodes.carriedId(nodes);
      if (carried == null) {
        return;
      }
      for (String node : nodes) {
        if (!NightNodes.isEarlier(node)) {
          out.output(KV.of(node, carried));
        }
      }
    }
  }

  static final class GroupNodeFn extends DoFn<DocumentGroup, KV<String, DocumentGroup>> {
    @ProcessElement
    public void process(@Element DocumentGroup group, OutputReceiver<KV<String, DocumentGroup>> out) {
      out.output(KV.of(NightNodes.tonightGroup(group.tier, group.groupId), group));
    }
  }

  /**
   * Renames a tonight group to the id it carries; an article that stood alone tonight but
   * continues an earlier group becomes a group of its own (its one tonight member canonical).
   */
  static final class RenameFn extends DoFn<KV<String, CoGbkResult>, DocumentGroup> {
    private final Counter continued = Metrics.counter(JoinEarlierGroups.class, "groupsContinued");

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<DocumentGroup> out) {
      String carried = joined.getValue().getOnly(CARRIED, null);
      DocumentGroup group = joined.getValue().getOnly(GROUP, null);
      if (carried != null) {
        continued.inc();
      }
      if (group != null) {
        out.output(
            carried == null
                ? group
                : new DocumentGroup(carried, group.tier, group.canonicalId, group.members));
        return;
      }
      String article = NightNodes.loneArticle(joined.getKey());
      if (carried != null && article != null) {
        out.output(
            new DocumentGroup(
                carried,
                NightNodes.tier(joined.getKey()),
                article,
                List.of(new GroupMember(article, 1.0, 1.0, CopyJudge.CANONICAL))));
      }
    }
  }

  static final class MergeFn extends DoFn<KV<String, Iterable<DocumentGroup>>, DocumentGroup> {
    @ProcessElement
    public void process(
        @Element KV<String, Iterable<DocumentGroup>> sameId, OutputReceiver<DocumentGroup> out) {
      List<DocumentGroup> groups = new ArrayList<>();
      sameId.getValue().forEach(groups::add);
      out.output(BridgedGroups.merge(groups));
    }
  }

  /** Keys each earlier entry by the group (of each tier) a later article would join through it. */
  static final class EarlierMembershipFn extends DoFn<IndexEntry, KV<String, EarlierMember>> {
    private final boolean storyTier;

    EarlierMembershipFn(boolean storyTier) {
      this.storyTier = storyTier;
    }

    @ProcessElement
    public void process(@Element IndexEntry entry, OutputReceiver<KV<String, EarlierMember>> out) {
      EarlierMember member = new EarlierMember(entry.articleId, entry.runDate);
      emit(DocumentGroup.TIER_DUPLICATE, entry, member, out);
      if (storyTier) {
        emit(DocumentGroup.TIER_STORY, entry, member, out);
      }
    }

    private static void emit(
        String tier, IndexEntry entry, EarlierMember member, OutputReceiver<KV<String, EarlierMember>> out) {
      out.output(KV.of(tier + "|" + entry.groupToJoin(tier), member));
    }
  }

  /** Sorted by run date, then id. */
  static final class AddEarlierMembersFn extends DoFn<KV<String, CoGbkResult>, DocumentGroup> {
    private static final Comparator<EarlierMember> BY_NIGHT_THEN_ID =
        Comparator.comparing((EarlierMember m) -> m.runDate).thenComparing(m -> m.id);

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<DocumentGroup> out) {
      DocumentGroup group = joined.getValue().getOnly(FINAL_GROUP, null);
      if (group == null) {
        return;
      }
      TreeSet<EarlierMember> earlier = new TreeSet<>(BY_NIGHT_THEN_ID);
      joined.getValue().getAll(EARLIER_MEMBER).forEach(earlier::add);
      out.output(earlier.isEmpty() ? group : group.withEarlierMembers(new ArrayList<>(earlier)));
    }
  }

  /** (article id, (tier, group id)) for each of tonight's members. */
  static final class MembershipFn extends DoFn<DocumentGroup, KV<String, KV<String, String>>> {
    @ProcessElement
    public void process(
        @Element DocumentGroup group, OutputReceiver<KV<String, KV<String, String>>> out) {
      for (GroupMember member : group.members) {
        out.output(KV.of(member.id, KV.of(group.tier, group.groupId)));
      }
    }
  }

  /** Tonight's entry with the group ids its article keeps. */
  static final class SetEntryGroupsFn extends DoFn<KV<String, CoGbkResult>, IndexEntry> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<IndexEntry> out) {
      TreeMap<String, String> groups = new TreeMap<>();
      for (KV<String, String> membership : joined.getValue().getAll(MEMBERSHIP)) {
        groups.put(membership.getKey(), membership.getValue());
      }
      for (IndexEntry entry : joined.getValue().getAll(ENTRY)) {
        out.output(
            entry.withGroups(
                groups.get(DocumentGroup.TIER_DUPLICATE), groups.get(DocumentGroup.TIER_STORY)));
      }
    }
  }
}
