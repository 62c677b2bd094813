package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdedup.transforms.StoryArticles.AGENCY;
import static org.newsdedup.transforms.StoryArticles.REUTERS;
import static org.newsdedup.transforms.StoryArticles.REWRITE;
import static org.newsdedup.transforms.StoryArticles.SCRAPE;
import static org.newsdedup.transforms.StoryArticles.SEED_NAMES;
import static org.newsdedup.transforms.StoryArticles.STOCK_DORK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;
import org.newsdedup.text.ContentHash;

/** The story tier on real news, with the real model (loaded from the classpath, offline). */
@ExtendWith(TestPipelineExtension.class)
class GroupSameStoryTest {

  @Test
  void theFiveSeedsAreOneStoryAroundTheEarliestPublishedArticle(TestPipeline pipeline) {
    PCollection<DocumentGroup> groups =
        pipeline.apply(Create.of(StoryArticles.seeds())).apply(GroupSameStory.create());

    PAssert.that(groups)
        .satisfies(
            all -> {
              List<DocumentGroup> list = list(all);
              assertEquals(1, list.size(), "one story group: " + list);
              DocumentGroup group = list.get(0);
              assertEquals(DocumentGroup.TIER_STORY, group.tier);
              // 000 is the only article dated 2024-01-29, the earliest: it is canonical.
              assertEquals(SCRAPE, group.canonicalId);
              assertEquals(
                  "story-" + ContentHash.of(StoryArticles.seedText(SCRAPE)).substring(0, 16),
                  group.groupId);
              Map<String, GroupMember> members = byId(group);
              assertEquals(SEED_NAMES.stream().sorted().toList(), List.copyOf(members.keySet()));
              assertEquals("canonical", members.get(SCRAPE).relation);
              assertEquals("exact", members.get(AGENCY).relation);
              assertEquals(1.0, members.get(AGENCY).similarity);
              assertEquals("rewrite", members.get(STOCK_DORK).relation);
              assertEquals("rewrite", members.get(REWRITE).relation);
              assertEquals("same-story", members.get(REUTERS).relation);
              for (String id : List.of(REUTERS, STOCK_DORK, REWRITE)) {
                double cosine = members.get(id).similarity;
                // Measured 0.83-0.90: reports of one story, well above the 0.75 threshold.
                assertTrue(cosine >= 0.80 && cosine < 0.97, id + " cosine " + cosine);
              }
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void unrelatedNewsStaysOutOfTheStoryAndOutOfEachOthersGroups(TestPipeline pipeline) {
    List<Article> articles = new ArrayList<>(StoryArticles.seeds());
    articles.addAll(StoryArticles.unrelated("2024-01-29"));
    assertTrue(articles.size() >= 13);

    PCollection<DocumentGroup> groups =
        pipeline.apply(Create.of(articles)).apply(GroupSameStory.create());

    PAssert.that(groups)
        .satisfies(
            all -> {
              List<DocumentGroup> list = list(all);
              assertEquals(1, list.size(), "only the seeds group: " + list);
              assertEquals(
                  SEED_NAMES.stream().sorted().toList(), List.copyOf(byId(list.get(0)).keySet()));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theSameStoryTenDaysApartIsNotGroupedWithAThreeDayWindow(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline.apply(
            Create.of(
                TestArticles.article("early.txt", StoryArticles.seedText(AGENCY), "2024-01-29"),
                TestArticles.article("late.txt", StoryArticles.seedText(REWRITE), "2024-02-08")));

    PAssert.that(articles.apply("ThreeDays", GroupSameStory.create())).empty();
    PAssert.that(articles.apply("TenDays", GroupSameStory.create().withStoryWindowDays(10)))
        .satisfies(
            all -> {
              assertEquals(List.of("early.txt", "late.txt"), List.copyOf(byId(only(all)).keySet()));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anUndatedArticleIsComparedWithArticlesOfAnyDate(TestPipeline pipeline) {
    PCollection<DocumentGroup> groups =
        pipeline
            .apply(
                Create.of(
                    TestArticles.article("early.txt", StoryArticles.seedText(AGENCY), "2024-01-29"),
                    TestArticles.article("late.txt", StoryArticles.seedText(REUTERS), "2024-03-01"),
                    TestArticles.article("undated.txt", StoryArticles.seedText(REWRITE), null)))
            .apply(GroupSameStory.create());

    PAssert.that(groups)
        .satisfies(
            all -> {
              DocumentGroup group = only(all);
              assertEquals("early.txt", group.canonicalId);
              assertEquals(
                  List.of("early.txt", "late.txt", "undated.txt"),
                  List.copyOf(byId(group).keySet()));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void membersOfTheCanonicalArticlesDuplicateGroupKeepTheShingleTiersRelation(
      TestPipeline pipeline) {
    String agency = StoryArticles.seedText(AGENCY);
    String edited = agency.replace("at least 11 people", "at least eleven people")
        .replace("two children", "2 children");
    List<Article> articles = new ArrayList<>(StoryArticles.seeds());
    articles.add(TestArticles.article("edited.txt", edited, "2024-01-30"));
    PCollection<Article> input = pipeline.apply(Create.of(articles));
    PCollection<DocumentGroup> duplicates =
        input.apply("Duplicates", GroupNearDuplicates.create());

    PCollection<DocumentGroup> stories =
        input.apply("Stories", GroupSameStory.create().withDuplicateGroups(duplicates));

    PAssert.that(stories)
        .satisfies(
            all -> {
              Map<String, GroupMember> members = byId(only(all));
              assertEquals(6, members.size());
              assertEquals("canonical", members.get(SCRAPE).relation);
              assertEquals("exact", members.get(AGENCY).relation);
              assertEquals("copy", members.get("edited.txt").relation);
              assertEquals("rewrite", members.get(REWRITE).relation);
              assertEquals("same-story", members.get(REUTERS).relation);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void settingsOutsideTheirRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> GroupSameStory.create().withMinCosine(0));
    assertThrows(IllegalArgumentException.class, () -> GroupSameStory.create().withMinCosine(1.5));
    assertThrows(
        IllegalArgumentException.class, () -> GroupSameStory.create().withMinCosine(Double.NaN));
    assertThrows(
        IllegalArgumentException.class, () -> GroupSameStory.create().withStoryWindowDays(-1));
    assertThrows(IllegalArgumentException.class, () -> GroupSameStory.create().withBands(0, 16));
    assertThrows(IllegalArgumentException.class, () -> GroupSameStory.create().withBands(10, 65));
    assertThrows(
        IllegalArgumentException.class, () -> GroupSameStory.create().withMaxBucketSize(1));
  }

  private static List<DocumentGroup> list(Iterable<DocumentGroup> groups) {
    return StreamSupport.stream(groups.spliterator(), false).collect(Collectors.toList());
  }

  private static DocumentGroup only(Iterable<DocumentGroup> groups) {
    List<DocumentGroup> list = list(groups);
    assertEquals(1, list.size(), "one group: " + list);
    return list.get(0);
  }

  /** Members by id, in id order. */
  private static Map<String, GroupMember> byId(DocumentGroup group) {
    Map<String, GroupMember> members = new java.util.TreeMap<>();
    for (GroupMember member : group.members) {
      members.put(member.id, member);
    }
    return members;
  }

  @SuppressWarnings("unused")
  private static Map<String, String> relations(DocumentGroup group) {
    Map<String, String> relations = new HashMap<>();
    group.members.forEach(m -> relations.put(m.id, m.relation));
    return relations;
  }
}
