package org.newsdedup.transforms;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;
import org.newsdedup.text.Shards;

/**
 * Writes each article's group id of one tier into the article, joining on article id: {@code
 * duplicateGroup} for the duplicate tier (the default), {@code storyGroup} for the story tier.
 * Groups of other tiers are ignored, so the groups of all tiers can be passed. Articles in no
 * group of the tier keep a null group.
 */
public final class AttachGroups extends PTransform<PCollection<Article>, PCollection<Article>> {
  private static final TupleTag<Article> ARTICLE = new TupleTag<>() {};
  private static final TupleTag<KV<String, String>> GROUP = new TupleTag<>() {};

  private final PCollection<DocumentGroup> groups;
  private final String tier;

  private AttachGroups(PCollection<DocumentGroup> groups, String tier) {
    this.groups = groups;
    this.tier = tier;
  }

  /** Attaches the duplicate groups among these groups. */
  public static AttachGroups from(PCollection<DocumentGroup> groups) {
    return new AttachGroups(groups, DocumentGroup.TIER_DUPLICATE);
  }

  /** Attaches the groups of this tier instead: {@link DocumentGroup#TIER_STORY} or duplicate. */
  public AttachGroups ofTier(String groupTier) {
    if (!DocumentGroup.TIER_DUPLICATE.equals(groupTier)
        && !DocumentGroup.TIER_STORY.equals(groupTier)) {
      throw new IllegalArgumentException("unknown tier: " + groupTier);
    }
    return new AttachGroups(groups, groupTier);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    int shards = Shards.DEFAULT_COUNT;
    PCollection<KV<Integer, Article>> byShard =
        articles.apply("KeyArticlesByShard", ParDo.of(new KeyByShardFn(shards)));
    PCollection<KV<Integer, KV<String, String>>> membership =
        groups.apply("ListMembers", ParDo.of(new MembershipFn(tier, shards)));
    return KeyedPCollectionTuple.of(GROUP, membership)
        .and(ARTICLE, byShard)
        .apply("JoinGroups", CoGroupByKey.create())
        .apply("SetGroup", ParDo.of(new SetGroupFn(tier)));
  }

  /**
   * Joins by the shard of the article id rather than by id, so a runner opens a few hundred
   * groups instead of one per article (see {@link Shards}).
   */
  static final class KeyByShardFn extends DoFn<Article, KV<Integer, Article>> {
    private final int shards;

    KeyByShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(@Element Article article, OutputReceiver<KV<Integer, Article>> out) {
      out.output(KV.of(Shards.of(article.id, shards), article));
    }
  }

  static final class MembershipFn extends DoFn<DocumentGroup, KV<Integer, KV<String, String>>> {
    private final String tier;
    private final int shards;

    MembershipFn(String tier, int shards) {
      this.tier = tier;
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element DocumentGroup group, OutputReceiver<KV<Integer, KV<String, String>>> out) {
      if (!group.tier.equals(tier)) {
        return;
      }
      for (GroupMember member : group.members) {
        out.output(KV.of(Shards.of(member.id, shards), KV.of(member.id, group.groupId)));
      }
    }
  }

  /**
   * Holds the shard's memberships (two short strings per grouped article) in memory and streams
   * its articles past them; an article in two groups of one tier is a fault of the grouping.
   */
  static final class SetGroupFn extends DoFn<KV<Integer, CoGbkResult>, Article> {
    private final String tier;

    SetGroupFn(String tier) {
      this.tier = tier;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> joined, OutputReceiver<Article> out) {
      Map<String, String> groupOf = new HashMap<>();
      for (KV<String, String> member : joined.getValue().getAll(GROUP)) {
        String other = groupOf.put(member.getKey(), member.getValue());
        if (other != null && !other.equals(member.getValue())) {
          throw new IllegalStateException(
              member.getKey() + " is in two " + tier + " groups: " + other + " and " + member.getValue());
        }
      }
      for (Article article : joined.getValue().getAll(ARTICLE)) {
        String group = groupOf.get(article.id);
        out.output(
            DocumentGroup.TIER_STORY.equals(tier)
                ? article.withStoryGroup(group)
                : article.withDuplicateGroup(group));
      }
    }
  }
}
