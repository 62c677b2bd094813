package org.newsdedup.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsdedup.streaming.StreamingArticles.AGENCY;
import static org.newsdedup.streaming.StreamingArticles.REWRITE_OF_AGENCY;
import static org.newsdedup.streaming.StreamingArticles.atMinute;
import static org.newsdedup.streaming.StreamingArticles.minute;
import static org.newsdedup.streaming.StreamingArticles.stream;

import java.util.Set;
import java.util.TreeSet;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.Article;
import org.newsdedup.model.ArticleMatch;

/** The story tier on a stream of real news, with the real model (offline, from the classpath). */
@ExtendWith(TestPipelineExtension.class)
class MatchStoriesTest {
  private static final long DAY = Duration.standardDays(1).getMillis();

  /** Every match as "later > earlier relation", checking the story tier and the cosine on the way. */
  private static void assertPairs(PCollection<ArticleMatch> matches, Set<String> expected) {
    PAssert.that(matches)
        .satisfies(
            all -> {
              Set<String> pairs = new TreeSet<>();
              for (ArticleMatch m : all) {
                assertEquals("story", m.tier);
                // The rewrite scored 0.83-0.90 against the agency text in batch.
                assertTrue(m.similarity >= 0.80 && m.similarity < 0.97, m + " " + m.similarity);
                pairs.add(m.articleId + " > " + m.matchedId + " " + m.relation);
              }
              assertEquals(expected, pairs);
              return null;
            });
  }

  @Test
  void aRewriteIsMatchedWithTheAgencyArticleAndUnrelatedNewsWithNothing(TestPipeline pipeline)
      throws Exception {
    TestStream<Article> articles =
        stream(pipeline)
            .addElements(atMinute(0, StreamingArticles.seed(AGENCY)))
            .advanceWatermarkTo(minute(5))
            .addElements(atMinute(10, StreamingArticles.seed(REWRITE_OF_AGENCY)))
            .advanceWatermarkTo(minute(15))
            .addElements(atMinute(20, StreamingArticles.unrelated("football-result.txt")))
            .advanceWatermarkTo(minute(25))
            // The unrelated report closest to the seeds' story (a border agreement after a dispute).
            .addElements(atMinute(30, StreamingArticles.unrelated("chile-argentina.txt")))
            .advanceWatermarkToInfinity();

    PCollection<ArticleMatch> matches =
        pipeline.apply(articles).apply(MatchStories.withinMillis(DAY));

    assertPairs(matches, Set.of(REWRITE_OF_AGENCY + " > " + AGENCY + " rewrite"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aRewriteArrivingAfterTheRetentionMatchesNothing(TestPipeline pipeline) throws Exception {
    TestStream<Article> articles =
        stream(pipeline)
            .addElements(atMinute(0, StreamingArticles.seed(AGENCY)))
            .advanceWatermarkTo(minute(115))
            .addElements(atMinute(120, StreamingArticles.seed(REWRITE_OF_AGENCY)))
            .advanceWatermarkToInfinity();

    PCollection<ArticleMatch> matches =
        pipeline
            .apply(articles)
            .apply(MatchStories.withinMillis(Duration.standardHours(1).getMillis()));

    PAssert.that(matches).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void reportsPublishedFurtherApartThanTheDateWindowAreNotMatched(TestPipeline pipeline)
      throws Exception {
    Article early = dated(StreamingArticles.seed(AGENCY), "2024-01-29");
    Article late = dated(StreamingArticles.seed(REWRITE_OF_AGENCY), "2024-02-08");
    TestStream<Article> articles =
        stream(pipeline)
            .addElements(atMinute(0, early))
            .advanceWatermarkTo(minute(5))
            .addElements(atMinute(10, late))
            .advanceWatermarkToInfinity();

    PCollection<Article> both = pipeline.apply(articles);
    PCollection<ArticleMatch> threeDays =
        both.apply("ThreeDays", MatchStories.withinMillis(30 * DAY));
    PCollection<ArticleMatch> tenDays =
        both.apply("TenDays", MatchStories.withinMillis(30 * DAY).withStoryWindowDays(10));

    PAssert.that(threeDays).empty();
    assertPairs(tenDays, Set.of(REWRITE_OF_AGENCY + " > " + AGENCY + " rewrite"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void settingsOutsideTheirRangeAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> MatchStories.withinMillis(0));
    assertThrows(IllegalArgumentException.class, () -> MatchStories.withinMillis(DAY).withMinCosine(0));
    assertThrows(
        IllegalArgumentException.class, () -> MatchStories.withinMillis(DAY).withStoryWindowDays(-1));
  }

  private static Article dated(Article article, String date) {
    return article.toBuilder().publishedDate(date, "date " + date).build();
  }
}
