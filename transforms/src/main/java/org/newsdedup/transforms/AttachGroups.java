package org.newsdedup.transforms;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;

/**
 * Writes each article's group id of one tier into the article, joining on article id: {@code
 * duplicateGroup} for the duplicate tier (the default), {@code storyGroup} for the story tier.
 * Groups of other tiers are ignored, so the groups of all tiers can be passed. Articles in no
 * group of the tier keep a null group.
 */
public final class AttachGroups extends PTransform<PCollection<Article>, PCollection<Article>> {
  private static final TupleTag<Article> ARTICLE = new TupleTag<>() {};
  private static final TupleTag<String> GROUP = new TupleTag<>() {};

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
    PCollection<KV<String, Article>> byId =
        articles.apply("KeyArticlesById", WithKeys.of((Article a) -> a.id).withKeyType(TypeDescriptors.strings()));
    PCollection<KV<String, String>> membership =
        groups.apply("ListMembers", ParDo.of(new MembershipFn(tier)));
    return KeyedPCollectionTuple.of(ARTICLE, byId)
        .and(GROUP, membership)
        .apply("JoinGroups", CoGroupByKey.create())
        .apply("SetGroup", ParDo.of(new SetGroupFn(tier)));
  }

  static final class MembershipFn extends DoFn<DocumentGroup, KV<String, String>> {
    private final String tier;

    MembershipFn(String tier) {
      this.tier = tier;
    }

    @ProcessElement
    public void process(@Element DocumentGroup group, OutputReceiver<KV<String, String>> out) {
      if (!group.tier.equals(tier)) {
        return;
      }
      for (GroupMember member : group.members) {
        out.output(KV.of(member.id, group.groupId));
      }
    }
  }

  static final class SetGroupFn extends DoFn<KV<String, CoGbkResult>, Article> {
    private final String tier;

    SetGroupFn(String tier) {
      this.tier = tier;
    }

    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<Article> out) {
      String group = joined.getValue().getOnly(GROUP, null);
      for (Article article : joined.getValue().getAll(ARTICLE)) {
        out.output(
            DocumentGroup.TIER_STORY.equals(tier)
                ? article.withStoryGroup(group)
                : article.withDuplicateGroup(group));
      }
    }
  }
}
