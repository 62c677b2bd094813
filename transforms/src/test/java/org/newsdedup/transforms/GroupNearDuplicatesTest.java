package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdedup.transforms.TestArticles.article;
import static org.newsdedup.transforms.TestArticles.text;
import static org.newsdedup.transforms.TestArticles.words;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.eval.TemplatePages;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.ContentHash;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.Shingles;

@ExtendWith(TestPipelineExtension.class)
class GroupNearDuplicatesTest {
  private static final String ORIGINAL = text(words(1, 300));

  @Test
  void exactCopiesFormOneGroupAroundTheEarliestArticle(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline.apply(
            Create.of(
                article("b.txt", ORIGINAL, "2024-01-02"),
                article("a.txt", ORIGINAL.toUpperCase(java.util.Locale.ROOT), "2024-01-03"),
                article("c.txt", ORIGINAL, "2024-01-01"),
                article("other.txt", text(words(2, 300)), "2024-01-01")));

    PCollection<DocumentGroup> groups = articles.apply(GroupNearDuplicates.create());

    PAssert.that(groups)
        .containsInAnyOrder(
            new DocumentGroup(
                "duplicate-" + ContentHash.of(ORIGINAL).substring(0, 16),
                "duplicate",
                "c.txt",
                List.of(
                    new GroupMember("a.txt", 1.0, 1.0, "exact"),
                    new GroupMember("b.txt", 1.0, 1.0, "exact"),
                    new GroupMember("c.txt", 1.0, 1.0, "canonical"))));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anEditedCopyIsACopyAndATruncatedOneIsContained(TestPipeline pipeline) {
    List<String> edited = new ArrayList<>(words(1, 300));
    for (int i = 10; i < 300; i += 40) {
      edited.set(i, "changed");
    }
    String editedText = text(edited);
    String truncated = text(words(1, 300).subList(0, 90));
    SetSimilarity.Scores editedScores =
        SetSimilarity.compare(Shingles.of(editedText, 5), Shingles.of(ORIGINAL, 5));
    SetSimilarity.Scores truncatedScores =
        SetSimilarity.compare(Shingles.of(truncated, 5), Shingles.of(ORIGINAL, 5));
    assertTrue(editedScores.jaccard() >= 0.5, "the edit keeps most shingles");
    assertTrue(truncatedScores.jaccard() < 0.5, "a 30% excerpt has a low Jaccard");
    assertEquals(1.0, truncatedScores.containment());

    PCollection<DocumentGroup> groups =
        pipeline
            .apply(
                Create.of(
                    article("original.txt", ORIGINAL, "2024-01-01"),
                    article("edited.txt", editedText, "2024-01-02"),
                    article("excerpt.txt", truncated, "2024-01-02")))
            .apply(GroupNearDuplicates.create());

    PAssert.that(groups)
        .containsInAnyOrder(
            new DocumentGroup(
                "duplicate-" + ContentHash.of(ORIGINAL).substring(0, 16),
                "duplicate",
                "original.txt",
                List.of(
                    new GroupMember("edited.txt", round(editedScores.jaccard()),
                        round(editedScores.containment()), "copy"),
                    new GroupMember("excerpt.txt", round(truncatedScores.jaccard()), 1.0,
                        "contained"),
                    new GroupMember("original.txt", 1.0, 1.0, "canonical"))));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void unrelatedArticlesFormNoGroup(TestPipeline pipeline) {
    List<Article> unrelated = new ArrayList<>();
    for (int seed = 10; seed < 40; seed++) {
      unrelated.add(article("u" + seed + ".txt", text(words(seed, 200)), null));
    }

    PCollection<DocumentGroup> groups =
        pipeline.apply(Create.of(unrelated)).apply(GroupNearDuplicates.create());

    PAssert.that(groups).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void copiesOfCopiesJoinTheGroupAsTransitiveMembers(TestPipeline pipeline) {
    List<String> first = words(5, 200);
    List<String> second = new ArrayList<>(first.subList(60, 200));
    second.addAll(words(6, 60));
    List<String> third = new ArrayList<>(second.subList(60, 200));
    third.addAll(words(7, 60));
    SetSimilarity.Scores firstToThird =
        SetSimilarity.compare(Shingles.of(text(third), 5), Shingles.of(text(first), 5));
    assertTrue(firstToThird.jaccard() < 0.5 && firstToThird.containment() < 0.8);

    PCollection<DocumentGroup> groups =
        pipeline
            .apply(
                Create.of(
                    article("1.txt", text(first), "2024-01-01"),
                    article("2.txt", text(second), "2024-01-02"),
                    article("3.txt", text(third), "2024-01-03")))
            .apply(GroupNearDuplicates.create().withThresholds(0.5, 0.6));

    PAssert.that(groups)
        .satisfies(
            all -> {
              DocumentGroup group = all.iterator().next();
              assertEquals("1.txt", group.canonicalId);
              assertEquals(3, group.members.size());
              assertEquals("transitive", group.members.get(2).relation);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void undatedArticlesPreferTheLongestThenTheSmallestId(TestPipeline pipeline) {
    String excerpt = text(words(1, 300).subList(0, 200));

    PCollection<DocumentGroup> groups =
        pipeline
            .apply(
                Create.of(
                    article("z-long.txt", ORIGINAL, null),
                    article("a-short.txt", excerpt, null),
                    article("y-long.txt", ORIGINAL, null)))
            .apply(GroupNearDuplicates.create());

    PAssert.that(groups)
        .satisfies(
            all -> {
              assertEquals("y-long.txt", all.iterator().next().canonicalId);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  /**
   * Pages that show a window of one long rotating template (a ticker, a "most read" box) moved a
   * little further on each page, plus a short text of their own: each page is a copy of the
   * next, so the chain links them all, though pages far apart share nothing.
   */
  private static List<Article> templateChain(int pages) {
    List<String> template = words(99, 10 * pages + 200);
    List<Article> chain = new ArrayList<>();
    for (int i = 0; i < pages; i++) {
      List<String> page = new ArrayList<>(words(1000 + i, 20));
      page.addAll(template.subList(10 * i, 10 * i + 200));
      chain.add(article(String.format(java.util.Locale.ROOT, "page-%05d.txt", i), text(page), "2024-01-01"));
    }
    return chain;
  }

  @Test
  void aChainThroughARotatingTemplateIsSplitAroundItsCanonicalPage(TestPipeline pipeline) {
    List<Article> chain = templateChain(30);
    long[] canonical = Shingles.of(chain.get(0).text, 5);
    List<String> copiesOfCanonical = new ArrayList<>();
    for (Article page : chain) {
      if (new org.newsdedup.text.CopyJudge(0.5, 0.8)
              .relation(SetSimilarity.compare(Shingles.of(page.text, 5), canonical)) != null) {
        copiesOfCanonical.add(page.id);
      }
    }
    assertTrue(copiesOfCanonical.size() > 1 && copiesOfCanonical.size() < 10,
        "only the pages near the first share enough of it: " + copiesOfCanonical);

    PCollection<DocumentGroup> groups =
        pipeline
            .apply(Create.of(chain))
            .apply(GroupNearDuplicates.create().withMaxGroupSize(10));

    PAssert.that(groups)
        .satisfies(
            all -> {
              List<DocumentGroup> list = new ArrayList<>();
              all.forEach(list::add);
              assertEquals(1, list.size(), "the pages split off stand alone");
              assertEquals("page-00000.txt", list.get(0).canonicalId);
              assertEquals(
                  copiesOfCanonical,
                  list.get(0).members.stream().map(m -> m.id).sorted().toList());
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aChainUpToTheLimitStaysOneGroup(TestPipeline pipeline) {
    PCollection<DocumentGroup> groups =
        pipeline
            .apply(Create.of(templateChain(30)))
            .apply(GroupNearDuplicates.create().withMaxGroupSize(30));

    PAssert.that(groups)
        .satisfies(
            all -> {
              List<DocumentGroup> list = new ArrayList<>();
              all.forEach(list::add);
              assertEquals(1, list.size());
              assertEquals(30, list.get(0).members.size());
              assertTrue(list.get(0).members.stream().anyMatch(m -> m.relation.equals("transitive")));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  /**
   * The same at a larger scale: 1,200 pages, all of them different articles, linked end to end
   * through one rotating template, do not become one group with the default limit of 1,000.
   * It runs for minutes on the Direct Runner (its encoding checks), so only when asked:
   * {@code mvn -B test -pl transforms -Dnewsdedup.scaleTests=true -Dtest=GroupNearDuplicatesTest}.
   */
  @Test
  @EnabledIfSystemProperty(named = "newsdedup.scaleTests", matches = "true")
  void pagesSharingOneTemplateBeyondTheLimitDoNotMergeIntoOneGroup(TestPipeline pipeline) {
    PCollection<DocumentGroup> groups =
        pipeline.apply(Create.of(templateChain(1200))).apply(GroupNearDuplicates.create());

    PAssert.that(groups)
        .satisfies(
            all -> {
              int largest = 0;
              for (DocumentGroup group : all) {
                largest = Math.max(largest, group.members.size());
              }
              assertTrue(largest > 1 && largest < 20, "largest group: " + largest);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  /**
   * 300 different articles on pages of one site ({@link TemplatePages}), cleaned as the pipeline
   * cleans them: the site's "About" paragraphs stay, and some pairs of short articles are copies
   * by plain shingle counts. Among them, one agency story as 80 outlets print it, each with a
   * paragraph of its own outlet's text. The floor is scaled down with the corpus (10 texts rather
   * than 50): the story is then 8 times as common as the floor, as a story printed by 400
   * outlets would be at the default, and the template 30 times.
   */
  @Test
  void pagesOfOneTemplateStayApartWhileSyndicatedCopiesGroup(TestPipeline pipeline) {
    TemplateCorpus corpus = TemplateCorpus.build();
    assertTrue(corpus.plainCopies.size() > 0, "some template pages are copies by plain counts");
    List<String> outlets = corpus.outlets;

    PCollection<DocumentGroup> groups =
        pipeline
            .apply(Create.of(corpus.articles))
            .apply(GroupNearDuplicates.create().withCommonShingleFloor(10));

    PAssert.that(groups)
        .satisfies(
            all -> {
              List<List<String>> memberLists = new ArrayList<>();
              all.forEach(g -> memberLists.add(g.members.stream().map(m -> m.id).toList()));
              assertEquals(List.of(outlets), memberLists, "one group: the story's 80 copies");
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  /**
   * A floor above every shingle's count weighs nothing down: the scores are plain Jaccard and
   * containment, as a MinHash join or an exact search computes them, and the template pages that
   * are copies by plain counts group again.
   */
  @Test
  void aFloorAboveEveryCountScoresPlainShingleSets(TestPipeline pipeline) {
    TemplateCorpus corpus = TemplateCorpus.build();
    List<String> outlets = corpus.outlets;
    List<List<String>> plainCopies = corpus.plainCopies;

    PCollection<DocumentGroup> groups =
        pipeline
            .apply(Create.of(corpus.articles))
            .apply(GroupNearDuplicates.create().withCommonShingleFloor(corpus.articles.size() + 1));

    PAssert.that(groups)
        .satisfies(
            all -> {
              java.util.Map<String, Integer> groupOf = new java.util.HashMap<>();
              int index = 0;
              for (DocumentGroup group : all) {
                for (GroupMember member : group.members) {
                  groupOf.put(member.id, index);
                }
                index++;
              }
              for (List<String> pair : plainCopies) {
                Integer left = groupOf.get(pair.get(0));
                assertTrue(
                    left != null && left.equals(groupOf.get(pair.get(1))),
                    "plain copies in one group: " + pair);
              }
              assertTrue(
                  outlets.stream().map(groupOf::get).distinct().count() == 1,
                  "the story's copies in one group");
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  /** The template pages and the syndicated story of the two tests above, and the plain copies. */
  private static final class TemplateCorpus {
    final List<Article> articles = new ArrayList<>();
    final List<String> outlets = new ArrayList<>();
    final List<List<String>> plainCopies = new ArrayList<>();

    static TemplateCorpus build() {
      TemplateCorpus corpus = new TemplateCorpus();
      java.util.Random random = new java.util.Random(11);
      List<long[]> templateShingles = new ArrayList<>();
      for (int i = 0; i < 300; i++) {
        String cleaned = ArticleCleaner.clean(TemplatePages.page(random, i)).text();
        assertTrue(cleaned.contains("It is owned by a trust of its readers"), cleaned);
        corpus.articles.add(article(pageId(i), cleaned, "2024-01-01"));
        templateShingles.add(Shingles.of(cleaned, 5));
      }
      org.newsdedup.text.CopyJudge judge = new org.newsdedup.text.CopyJudge(0.5, 0.8);
      for (int i = 0; i < templateShingles.size(); i++) {
        for (int j = i + 1; j < templateShingles.size(); j++) {
          if (judge.relation(SetSimilarity.compare(templateShingles.get(i), templateShingles.get(j)))
              != null) {
            corpus.plainCopies.add(List.of(pageId(i), pageId(j)));
          }
        }
      }
      String story = text(words(77, 300));
      for (int i = 0; i < 80; i++) {
        String id = String.format(java.util.Locale.ROOT, "outlet-%02d.txt", i);
        corpus.outlets.add(id);
        corpus.articles.add(article(id, story + "\n" + text(words(5000 + i, 30)), "2024-01-02"));
      }
      return corpus;
    }

    private static String pageId(int index) {
      return String.format(java.util.Locale.ROOT, "page-%03d.txt", index);
    }
  }

  @Test
  void settingsOutsideTheirRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> GroupNearDuplicates.create().withBands(0, 3));
    assertThrows(IllegalArgumentException.class, () -> GroupNearDuplicates.create().withShingleSize(0));
    assertThrows(
        IllegalArgumentException.class, () -> GroupNearDuplicates.create().withMaxBucketSize(0));
    assertThrows(
        IllegalArgumentException.class, () -> GroupNearDuplicates.create().withCommonShingleFloor(1));
  }

  private static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }
}
