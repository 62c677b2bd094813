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
 * Writes each article's duplicate group id into the article, joining on article id. Articles in
 * no group (no copy found) keep a null group.
 */
public final class AttachGroups extends PTransform<PCollection<Article>, PCollection<Article>> {
  private static final TupleTag<Article> ARTICLE = new TupleTag<>() {};
  private static final TupleTag<String> GROUP = new TupleTag<>() {};

  private final PCollection<DocumentGroup> groups;

  private AttachGroups(PCollection<DocumentGroup> groups) {
    this.groups = groups;
  }

  public static AttachGroups from(PCollection<DocumentGroup> duplicateGroups) {
    return new AttachGroups(duplicateGroups);
  }

  @Override
  public PCollection<Article> expand(PCollection<Article> articles) {
    PCollection<KV<String, Article>> byId =
        articles.apply("KeyArticlesById", WithKeys.of((Article a) -> a.id).withKeyType(TypeDescriptors.strings()));
    PCollection<KV<String, String>> membership =
        groups.apply("ListMembers", ParDo.of(new MembershipFn()));
    return KeyedPCollectionTuple.of(ARTICLE, byId)
        .and(GROUP, membership)
        .apply("JoinGroups", CoGroupByKey.create())
        .apply("SetGroup", ParDo.of(new SetGroupFn()));
  }

  static final class MembershipFn extends DoFn<DocumentGroup, KV<String, String>> {
    @ProcessElement
    public void process(@Element DocumentGroup group, OutputReceiver<KV<String, String>> out) {
      for (GroupMember member : group.members) {
        out.output(KV.of(member.id, group.groupId));
      }
    }
  }

  static final class SetGroupFn extends DoFn<KV<String, CoGbkResult>, Article> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, OutputReceiver<Article> out) {
      String group = joined.getValue().getOnly(GROUP, null);
      for (Article article : joined.getValue().getAll(ARTICLE)) {
        out.output(article.withDuplicateGroup(group));
      }
    }
  }
}
