package org.newsdedup.transforms;

import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.KvSwap;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.text.BridgedGroups;
import org.newsdedup.text.CrossNightJudge;
import org.newsdedup.text.NightNodes;

/**
 * Joins tonight's groups to the groups of earlier nights, read from the index, so that a story
 * copied over several nights is one group with one id. Input: tonight's index entries, carrying
 * tonight's group ids; given: earlier nights' entries and tonight's groups.
 *
 * <ol>
 *   <li>Candidates: a tonight entry and an earlier entry that share a MinHash band, an embedding
 *       LSH band (the story tier's 178 × 16 bits over the quantized vectors) or the content hash.
 *   <li>Matches ({@link CrossNightJudge}): copies by the Jaccard similarity and containment their
 *       signatures estimate, against the duplicate tier's thresholds; same story by the cosine of
 *       the quantized vectors within the story window. A copy is also the same story.
 *   <li>Each match links tonight's group of the tier (or the article, if it stood alone) to the
 *       earlier entry's group (or the group that entry founds). Linked tonight groups take the
 *       id of the earliest night's group, then the smallest id ({@link NightNodes#carriedId});
 *       an article that stood alone tonight becomes a group of one tonight member; several
 *       tonight groups that take one id become one ({@link BridgedGroups}).
 *   <li>Every group that continues an earlier one lists the earlier entries of that id as {@code
 *       earlierMembers}, with their run dates.
 * </ol>
 *
 * <p>The output holds the groups under {@link #GROUPS} and tonight's entries with the ids they
 * keep under {@link #ENTRIES}, for tonight's index partition.
 */
public final class JoinEarlierGroups extends PTransform<PCollection<IndexEntry>, PCollectionTuple> {
  public static final TupleTag<DocumentGroup> GROUPS = new TupleTag<>() {};
  public static final TupleTag<IndexEntry> ENTRIES = new TupleTag<>() {};
  public static final int DEFAULT_MAX_BUCKET_SIZE = 1000;
  /**
   * The graph's nodes are whole groups, tonight's and earlier nights', not articles, so its
   * components are small and half the rounds the article graphs get is plenty; should it
   * not be, the components' own check fails the run rather than split a group.
   */
  private static final int CONNECT_ROUNDS = 8;

  private final PCollection<IndexEntry> earlierEntries;
  private final PCollection<DocumentGroup> tonightGroups;
  private final CrossNightJudge judge;
  private final boolean storyTier;
  private final int bands;
  private final int rows;

  private JoinEarlierGroups(
      PCollection<IndexEntry> earlierEntries,
      PCollection<DocumentGroup> tonightGroups,
      CrossNightJudge judge,
      boolean storyTier,
      int bands,
      int rows) {
    this.earlierEntries = earlierEntries;
    this.tonightGroups = tonightGroups;
    this.judge = judge;
    this.storyTier = storyTier;
    this.bands = bands;
    this.rows = rows;
  }

  /**
   * Joins to these earlier entries, with tonight's groups of both tiers, the duplicate tier's
   * default MinHash bands (42 × 3) and this judge; the story tier is joined too when {@code
   * storyTier}.
   */
  public static JoinEarlierGroups of(
      PCollection<IndexEntry> earlierEntries,
      PCollection<DocumentGroup> tonightGroups,
      CrossNightJudge judge,
      boolean storyTier) {
    return new JoinEarlierGroups(earlierEntries, tonightGroups, judge, storyTier, 42, 3);
  }

  /** The MinHash bands and rows the entries' signatures were made with. */
  public JoinEarlierGroups withBands(int bandCount, int rowsPerBand) {
    if (bandCount < 1 || rowsPerBand < 1) {
      throw new IllegalArgumentException("bands and rows must be positive");
    }
    return new JoinEarlierGroups(
        earlierEntries, tonightGroups, judge, storyTier, bandCount, rowsPerBand);
  }

  @Override
  public PCollectionTuple expand(PCollection<IndexEntry> tonight) {
    PCollection<KV<String, String>> links = link(candidates(tonight), tonight);
    PCollection<KV<String, String>> carried =
        links
            .apply("ConnectNights", ConnectComponents.create().withRounds(CONNECT_ROUNDS))
            .apply("KeyByComponent", KvSwap.create())
            .apply("GroupByComponent", GroupByKey.create())
            .apply("CarryEarliestId", ParDo.of(new EarlierGroupFns.CarryEarliestIdFn()));

    PCollection<KV<String, DocumentGroup>> groupsByNode =
        tonightGroups.apply("KeyGroupsByNode", ParDo.of(new EarlierGroupFns.GroupNodeFn()));
    PCollection<DocumentGroup> groups =
        KeyedPCollectionTuple.of(EarlierGroupFns.GROUP, groupsByNode)
            .and(EarlierGroupFns.CARRIED, carried)
            .apply("JoinCarriedIds", CoGroupByKey.create())
            .apply("Rename", ParDo.of(new EarlierGroupFns.RenameFn()))
            .apply(
                "KeyByFinalId",
                WithKeys.of((DocumentGroup g) -> g.tier + "|" + g.groupId)
                    .withKeyType(TypeDescriptors.strings()))
            .apply("GroupByFinalId", GroupByKey.create())
            .apply("MergeBridgedGroups", ParDo.of(new EarlierGroupFns.MergeFn()));
    PCollection<DocumentGroup> withEarlier = addEarlierMembers(groups);

    PCollection<IndexEntry> entries =
        KeyedPCollectionTuple.of(
                EarlierGroupFns.ENTRY,
                tonight.apply(
                    "KeyEntriesById",
                    WithKeys.of((IndexEntry e) -> e.articleId)
                        .withKeyType(TypeDescriptors.strings())))
            .and(
                EarlierGroupFns.MEMBERSHIP,
                withEarlier.apply("ListMembers", ParDo.of(new EarlierGroupFns.MembershipFn())))
            .apply("JoinFinalGroups", CoGroupByKey.create())
            .apply("SetEntryGroups", ParDo.of(new EarlierGroupFns.SetEntryGroupsFn()));
    return PCollectionTuple.of(GROUPS, withEarlier).and(ENTRIES, entries);
  }

  /** Pairs of (tonight entry key, earlier entry key) that share a band or a content hash. */
  private PCollection<KV<String, String>> candidates(PCollection<IndexEntry> tonight) {
    KvCoder<Long, KV<String, Boolean>> bandCoder =
        KvCoder.of(VarLongCoder.of(), KvCoder.of(StringUtf8Coder.of(), BooleanCoder.of()));
    PCollection<KV<Long, KV<String, Boolean>>> tonightKeys =
        tonight
            .apply("TonightBandKeys", ParDo.of(new EarlierGroupFns.BandKeysFn(bands, rows, storyTier, true)))
            .setCoder(bandCoder);
    PCollection<KV<Long, KV<String, Boolean>>> earlierKeys =
        earlierEntries
            .apply(
                "EarlierBandKeys",
                ParDo.of(new EarlierGroupFns.BandKeysFn(bands, rows, storyTier, false)))
            .setCoder(bandCoder);
    return PCollectionList.of(tonightKeys)
        .and(earlierKeys)
        .apply("AllBandKeys", Flatten.pCollections())
        .apply("GroupByBand", GroupByKey.create())
        .apply(
            "PairAcrossNights",
            ParDo.of(new EarlierGroupFns.PairAcrossNightsFn(DEFAULT_MAX_BUCKET_SIZE)))
        .apply("DistinctCandidates", Distinct.create());
  }

  /** Verifies each candidate pair and links the two nodes of each tier it matches in. */
  private PCollection<KV<String, String>> link(
      PCollection<KV<String, String>> candidates, PCollection<IndexEntry> tonight) {
    PCollection<KV<String, IndexEntry>> earlierSides =
        KeyedPCollectionTuple.of(
                EarlierGroupFns.ENTRY,
                earlierEntries.apply(
                    "KeyEarlierByKey",
                    WithKeys.of(IndexEntry::key).withKeyType(TypeDescriptors.strings())))
            .and(EarlierGroupFns.PARTNER, candidates.apply("KeyByEarlier", KvSwap.create()))
            .apply("JoinEarlierEntries", CoGroupByKey.create())
            .apply("SendToTonight", ParDo.of(new EarlierGroupFns.SendToPartnerFn()));
    return KeyedPCollectionTuple.of(
            EarlierGroupFns.ENTRY,
            tonight.apply(
                "KeyTonightByKey",
                WithKeys.of(IndexEntry::key).withKeyType(TypeDescriptors.strings())))
        .and(EarlierGroupFns.EARLIER, earlierSides)
        .apply("JoinTonightEntries", CoGroupByKey.create())
        .apply("MatchAcrossNights", ParDo.of(new EarlierGroupFns.MatchFn(judge, storyTier)));
  }

  /** Lists, in each group that continues earlier ones, the earlier entries of its id. */
  private PCollection<DocumentGroup> addEarlierMembers(PCollection<DocumentGroup> groups) {
    return KeyedPCollectionTuple.of(
            EarlierGroupFns.FINAL_GROUP,
            groups.apply(
                "KeyByTierAndId",
                WithKeys.of((DocumentGroup g) -> g.tier + "|" + g.groupId)
                    .withKeyType(TypeDescriptors.strings())))
        .and(
            EarlierGroupFns.EARLIER_MEMBER,
            earlierEntries.apply(
                "EarlierMembership", ParDo.of(new EarlierGroupFns.EarlierMembershipFn(storyTier))))
        .apply("JoinEarlierMembers", CoGroupByKey.create())
        .apply("AddEarlierMembers", ParDo.of(new EarlierGroupFns.AddEarlierMembersFn()));
  }
}
