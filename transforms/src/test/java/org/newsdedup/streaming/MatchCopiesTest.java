package org.newsdedup.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsdedup.streaming.StreamingArticles.article;
import static org.newsdedup.streaming.StreamingArticles.atMinute;
import static org.newsdedup.streaming.StreamingArticles.distinctWords;
import static org.newsdedup.streaming.StreamingArticles.minute;
import static org.newsdedup.streaming.StreamingArticles.stream;

import java.util.HashSet;
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
import org.newsdedup.model.ArticleMatch;

/** The duplicate tier on a stream of articles arriving over event time. */
@ExtendWith(TestPipelineExtension.class)
class MatchCopiesTest {
  private static final long HOUR = Duration.standardHours(1).getMillis();

  private static ArticleMatch match(
      Article later, Article earlier, String relation, double jaccard, double containment) {
    return new ArticleMatch(
        later.id, later.contentHash, earlier.id, earlier.contentHash, "duplicate", relation,
        jaccard, containment);
  }

  /** The distinct matches: a pair is reported once per LSH bucket the two articles share. */
  private static void assertDistinct(PCollection<ArticleMatch> matches, ArticleMatch... expected) {
    Set<String> wanted = new HashSet<>();
    for (ArticleMatch m : expected) {
      wanted.add(describe(m));
    }
    PAssert.that(matches)
        .satisfies(
            all -> {
              Set<String> distinct = new HashSet<>();
              all.forEach(m -> distinct.add(describe(m)));
              assertEquals(wanted, distinct);
              return null;
            });
  }

  private static String describe(ArticleMatch m) {
    return m.articleId + " " + m.articleContentHash + " > " + m.matchedId + " "
        + m.matchedContentHash + " " + m.tier + " " + m.relation + " " + m.similarity + " "
        + m.containment;
  }

  @Test
  void aCopyIsMatchedWithTheEarlierArticleOnlyAndOtherTextsWithNothing(TestPipeline pipeline)
      throws Exception {
    Article original = article("original", distinctWords(0, 100));
    // Its first 80 words: all 76 of its shingles are among the original's 96.
    Article truncated = article("truncated", distinctWords(0, 80));
    Article unrelated = article("unrelated", distinctWords(1000, 1100));
    // Shares the original's last 50 words: 46 of 146 shingles (Jaccard 0.32, containment 0.48).
    Article overlapping = article("overlapping", distinctWords(50, 150));
    TestStream<Article> articles =
        stream(pipeline)
            .addElements(atMinute(0, original))
            .advanceWatermarkTo(minute(5))
            .addElements(atMinute(10, truncated))
            .advanceWatermarkTo(minute(15))
            .addElements(atMinute(20, unrelated))
            .advanceWatermarkTo(minute(25))
            .addElements(atMinute(30, overlapping))
            .advanceWatermarkToInfinity();

    PCollection<ArticleMatch> matches = pipeline.apply(articles).apply(MatchCopies.withinMillis(HOUR));

    // Jaccard 76/96 = 0.7917 (rounded to four decimals), containment 76/76.
    assertDistinct(matches, match(truncated, original, "copy", 0.7917, 1.0));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aCopyArrivingAfterTheRetentionMatchesNothing(TestPipeline pipeline) throws Exception {
    String text = distinctWords(0, 100);
    Article original = article("original", text);
    Article early = article("early", text);
    Article late = article("late", text);
    TestStream<Article> articles =
        stream(pipeline)
            .addElements(atMinute(0, original))
            .advanceWatermarkTo(minute(45))
            .addElements(atMinute(50, early))
            .advanceWatermarkTo(minute(115))
            // 120 minutes after the original, 70 after the early copy: both are forgotten.
            .addElements(atMinute(120, late))
            .advanceWatermarkToInfinity();

    PCollection<ArticleMatch> matches = pipeline.apply(articles).apply(MatchCopies.withinMillis(HOUR));

    assertDistinct(matches, match(early, original, "exact", 1.0, 1.0));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theRetentionMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> MatchCopies.withinMillis(0));
  }
}
