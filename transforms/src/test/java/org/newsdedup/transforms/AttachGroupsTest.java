package org.newsdedup.transforms;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;
import org.newsdedup.model.RemovedLine;

@ExtendWith(TestPipelineExtension.class)
class AttachGroupsTest {
  /** An article with every kind of field set, so that a join that dropped one would show. */
  private static Article.Builder article(String id) {
    return Article.builder()
        .id(id)
        .source("in/" + id)
        .charset("UTF-8")
        .title("Title of " + id)
        .publishedDate("2024-01-29", "29 January 2024")
        .authors(List.of("Jane Doe"))
        .agencies(List.of("Reuters"))
        .section("World")
        .language("en", 0.5)
        .text("Text of " + id + ".")
        .removedLines(List.of(new RemovedLine(1, "Title of " + id, "headline")))
        .wordCount(3)
        .contentHash("hash-" + id)
        .storyGroup("story-" + id);
  }

  private static DocumentGroup group(String groupId, String canonical, String... copies) {
    GroupMember[] members = new GroupMember[copies.length + 1];
    members[0] = new GroupMember(canonical, 1.0, 1.0, "canonical");
    for (int i = 0; i < copies.length; i++) {
      members[i + 1] = new GroupMember(copies[i], 0.9, 0.95, "copy");
    }
    return new DocumentGroup(groupId, DocumentGroup.TIER_DUPLICATE, canonical, List.of(members));
  }

  @Test
  void everyMemberOfAGroupGetsItsGroupId(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline.apply(
            "Articles",
            Create.of(article("a").build(), article("b").build(), article("c").build()));
    PCollection<DocumentGroup> groups =
        pipeline.apply("Groups", Create.of(group("dup-a", "a", "b", "c")));

    PCollection<Article> attached = articles.apply(AttachGroups.from(groups));

    PAssert.that(attached)
        .containsInAnyOrder(
            article("a").duplicateGroup("dup-a").build(),
            article("b").duplicateGroup("dup-a").build(),
            article("c").duplicateGroup("dup-a").build());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void eachArticleGetsTheIdOfItsOwnGroupAndOthersKeepNull(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline.apply(
            "Articles",
            Create.of(
                article("a").build(), article("b").build(), article("c").build(),
                article("d").build(), article("e").build()));
    PCollection<DocumentGroup> groups =
        pipeline.apply("Groups", Create.of(group("dup-a", "a", "b"), group("dup-c", "c", "d")));

    PCollection<Article> attached = articles.apply(AttachGroups.from(groups));

    PAssert.that(attached)
        .containsInAnyOrder(
            article("a").duplicateGroup("dup-a").build(),
            article("b").duplicateGroup("dup-a").build(),
            article("c").duplicateGroup("dup-c").build(),
            article("d").duplicateGroup("dup-c").build(),
            article("e").build());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void withNoGroupsAtAllEveryArticleKeepsANullGroup(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline.apply("Articles", Create.of(article("a").build(), article("b").build()));
    PCollection<DocumentGroup> groups =
        pipeline.apply("Groups", Create.empty(TypeDescriptor.of(DocumentGroup.class)));

    PCollection<Article> attached = articles.apply(AttachGroups.from(groups));

    PAssert.that(attached).containsInAnyOrder(article("a").build(), article("b").build());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aMemberWithNoArticleAddsNoArticle(TestPipeline pipeline) {
    PCollection<Article> articles = pipeline.apply("Articles", Create.of(article("a").build()));
    PCollection<DocumentGroup> groups =
        pipeline.apply("Groups", Create.of(group("dup-a", "a", "gone")));

    PCollection<Article> attached = articles.apply(AttachGroups.from(groups));

    PAssert.that(attached).containsInAnyOrder(article("a").duplicateGroup("dup-a").build());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theStoryTierSetsStoryGroupsAndIgnoresGroupsOfOtherTiers(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline.apply(
            "Articles",
            Create.of(
                article("a").storyGroup(null).build(),
                article("b").storyGroup(null).build(),
                article("c").storyGroup(null).build()));
    DocumentGroup story =
        new DocumentGroup(
            "story-a",
            DocumentGroup.TIER_STORY,
            "a",
            List.of(
                new GroupMember("a", 1.0, 1.0, "canonical"),
                new GroupMember("c", 0.88, 0.5, "rewrite")));
    PCollection<DocumentGroup> groups =
        pipeline.apply("Groups", Create.of(group("dup-a", "a", "b"), story));

    PCollection<Article> attached =
        articles.apply(AttachGroups.from(groups).ofTier(DocumentGroup.TIER_STORY));

    PAssert.that(attached)
        .containsInAnyOrder(
            article("a").storyGroup("story-a").build(),
            article("b").storyGroup(null).build(),
            article("c").storyGroup("story-a").build());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void bothTiersAttachOneAfterTheOther(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline.apply(
            "Articles",
            Create.of(article("a").storyGroup(null).build(), article("b").storyGroup(null).build()));
    DocumentGroup story =
        new DocumentGroup(
            "story-a",
            DocumentGroup.TIER_STORY,
            "a",
            List.of(
                new GroupMember("a", 1.0, 1.0, "canonical"),
                new GroupMember("b", 1.0, 1.0, "exact")));
    PCollection<DocumentGroup> groups =
        pipeline.apply("Groups", Create.of(group("dup-a", "a", "b"), story));

    PCollection<Article> attached =
        articles
            .apply("Duplicates", AttachGroups.from(groups))
            .apply("Stories", AttachGroups.from(groups).ofTier(DocumentGroup.TIER_STORY));

    PAssert.that(attached)
        .containsInAnyOrder(
            article("a").duplicateGroup("dup-a").storyGroup("story-a").build(),
            article("b").duplicateGroup("dup-a").storyGroup("story-a").build());
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anUnknownTierIsRefused(TestPipeline pipeline) {
    PCollection<DocumentGroup> groups =
        pipeline.apply("Groups", Create.empty(TypeDescriptor.of(DocumentGroup.class)));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> AttachGroups.from(groups).ofTier("topic"));
    pipeline.run().waitUntilFinish();
  }
}
