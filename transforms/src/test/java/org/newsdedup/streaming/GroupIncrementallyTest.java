package org.newsdedup.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdedup.streaming.StreamingArticles.AGENCY;
import static org.newsdedup.streaming.StreamingArticles.REWRITE_OF_AGENCY;
import static org.newsdedup.streaming.StreamingArticles.article;
import static org.newsdedup.streaming.StreamingArticles.atMinute;
import static org.newsdedup.streaming.StreamingArticles.distinctWords;
import static org.newsdedup.streaming.StreamingArticles.minute;
import static org.newsdedup.streaming.StreamingArticles.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.Article;
import org.newsdedup.model.Assignment;

/** Both tiers together: articles in, group assignments out. */
@ExtendWith(TestPipelineExtension.class)
class GroupIncrementallyTest {
  private static final long DAY = Duration.standardDays(1).getMillis();

  @Test
  void theDuplicateTierAssignsACopyAndItsOriginalToTheOriginalsGroup(TestPipeline pipeline)
      throws Exception {
    Article original = article("original", distinctWords(0, 100));
    Article truncated = article("truncated", distinctWords(0, 80));
    Article unrelated = article("unrelated", distinctWords(1000, 1100));
    TestStream<Article> articles =
        stream(pipeline)
            .addElements(atMinute(0, original))
            .advanceWatermarkTo(minute(5))
            .addElements(atMinute(10, truncated))
            .advanceWatermarkTo(minute(15))
            .addElements(atMinute(20, unrelated))
            .advanceWatermarkToInfinity();

    PCollection<Assignment> assignments =
        pipeline.apply(articles).apply(GroupIncrementally.of(MatchCopies.withinMillis(DAY), DAY));

    // One match (truncated > original, Jaccard 76/96) founds the group, named after the earlier
    // article; the match reported again by other shared buckets changes nothing. The founding
    // takes the tier's sequence number 0 (it orders the groups), the two assignments 1 and 2.
    String group = "duplicate-" + original.contentHash.substring(0, 16);
    PAssert.that(assignments)
        .containsInAnyOrder(
            new Assignment("original", group, "duplicate", "copy", "truncated", 0.7917, 1.0, null, 1),
            new Assignment("truncated", group, "duplicate", "copy", "original", 0.7917, 1.0, null, 2));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void withStoriesACopyAndARewriteShareTheStoryGroupOfTheAgencyArticle(TestPipeline pipeline)
      throws Exception {
    Article agency = StreamingArticles.seed(AGENCY);
    Article rewrite = StreamingArticles.seed(REWRITE_OF_AGENCY);
    Article copy = article("agency-copy", agency.text);
    TestStream<Article> articles =
        stream(pipeline)
            .addElements(atMinute(0, agency))
            .advanceWatermarkTo(minute(5))
            .addElements(atMinute(10, rewrite))
            .advanceWatermarkTo(minute(15))
            .addElements(atMinute(20, StreamingArticles.unrelated("football-result.txt")))
            .advanceWatermarkTo(minute(25))
            .addElements(atMinute(30, copy))
            .advanceWatermarkToInfinity();

    PCollection<Assignment> assignments =
        pipeline
            .apply(articles)
            .apply(
                GroupIncrementally.of(MatchCopies.withinMillis(DAY), DAY)
                    .withStories(MatchStories.withinMillis(DAY)));

    String duplicateGroup = "duplicate-" + agency.contentHash.substring(0, 16);
    String storyGroup = "story-" + agency.contentHash.substring(0, 16);
    PAssert.that(assignments)
        .satisfies(
            all -> {
              List<String> lines = new ArrayList<>();
              for (Assignment a : all) {
                assertNull(a.previousGroupId, a.toString());
                boolean copyJoiningTheStory = a.articleId.equals("agency-copy") && a.tier.equals("story");
                // The copy matches the agency article in both tiers and the rewrite in the story
                // tier, all at once: whichever match comes first places it, in the same group.
                lines.add(
                    a.tier + " " + a.sequence + " " + a.articleId + " " + a.groupId
                        + (copyJoiningTheStory ? "" : " " + a.relation + " " + a.matchedId));
                if (copyJoiningTheStory) {
                  assertTrue(
                      Set.of(AGENCY + " exact", REWRITE_OF_AGENCY + " rewrite")
                          .contains(a.matchedId + " " + a.relation),
                      a.toString());
                }
              }
              lines.sort(null);
              // In each tier the founding of the group takes sequence number 0.
              assertEquals(
                  List.of(
                      "duplicate 1 " + AGENCY + " " + duplicateGroup + " exact agency-copy",
                      "duplicate 2 agency-copy " + duplicateGroup + " exact " + AGENCY,
                      "story 1 " + AGENCY + " " + storyGroup + " rewrite " + REWRITE_OF_AGENCY,
                      "story 2 " + REWRITE_OF_AGENCY + " " + storyGroup + " rewrite " + AGENCY,
                      "story 3 agency-copy " + storyGroup),
                  lines);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
