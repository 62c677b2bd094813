package org.newsdedup.streaming;

import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsdedup.model.Article;
import org.newsdedup.model.ArticleMatch;
import org.newsdedup.model.PassageVectors;
import org.newsdedup.model.StoryVector;
import org.newsdedup.text.HyperplaneLsh;
import org.newsdedup.text.Passages;
import org.newsdedup.transforms.GroupSameStory;

/**
 * The story tier on a stream: matches each arriving article with the earlier articles of the
 * retention period that report the same story, with the batch tier's embeddings, hyperplane LSH,
 * date window and cosine threshold (see {@link GroupSameStory} for the defaults and why), and
 * {@link org.newsdedup.text.RewriteJudge} for the relation. Copies found by the duplicate tier
 * join the story groups in {@link GroupIncrementally}, as they do in batch.
 */
public final class MatchStories
    extends PTransform<PCollection<Article>, PCollection<ArticleMatch>> {
  private final long retentionMillis;
  private final int windowDays;
  private final double minCosine;
  private final int embeddedWords;
  private final int maxBucketSize;

  private MatchStories(
      long retentionMillis, int windowDays, double minCosine, int embeddedWords, int maxBucketSize) {
    this.retentionMillis = retentionMillis;
    this.windowDays = windowDays;
    this.minCosine = minCosine;
    this.embeddedWords = embeddedWords;
    this.maxBucketSize = maxBucketSize;
  }

  /** The batch defaults: a 3-day window, cosine 0.75, the first 300 words. */
  public static MatchStories withinMillis(long retentionMillis) {
    Checks.positive("retention", retentionMillis);
    return new MatchStories(
        retentionMillis, GroupSameStory.DEFAULT_WINDOW_DAYS, GroupSameStory.DEFAULT_MIN_COSINE,
        Passages.DEFAULT_MAX_WORDS, GroupSameStory.DEFAULT_MAX_BUCKET_SIZE);
  }

  public MatchStories withStoryWindowDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("storyWindowDays must be at least 0, got " + days);
    }
    return new MatchStories(retentionMillis, days, minCosine, embeddedWords, maxBucketSize);
  }

  public MatchStories withMinCosine(double cosine) {
    if (!(cosine > 0 && cosine <= 1)) {
      throw new IllegalArgumentException("minCosine must be in (0, 1], got " + cosine);
    }
    return new MatchStories(retentionMillis, windowDays, cosine, embeddedWords, maxBucketSize);
  }

  @Override
  public PCollection<ArticleMatch> expand(PCollection<Article> articles) {
    Coder<KV<StoryVector, PassageVectors>> payload =
        KvCoder.of(StoryVector.StoryVectorCoder.of(), PassageVectors.PassageVectorsCoder.of());
    PCollectionTuple routed =
        articles.apply(
            "EmbedAndBucket",
            ParDo.of(
                    new StoryBucketsFn(
                        embeddedWords, HyperplaneLsh.DEFAULT_BANDS, HyperplaneLsh.DEFAULT_ROWS,
                        HyperplaneLsh.DEFAULT_SEED))
                .withOutputTags(StoryBucketsFn.BUCKETS, TupleTagList.of(StoryBucketsFn.OWN)));
    PCollection<KV<String, KV<StoryVector, PassageVectors>>> sentToEarlier =
        routed
            .get(StoryBucketsFn.BUCKETS)
            .setCoder(
                KvCoder.of(
                    StringUtf8Coder.of(), KvCoder.of(PairInBucketFn.sightingCoder(), payload)))
            .apply(
                "PairInBucket",
                ParDo.of(
                    new PairInBucketFn<KV<StoryVector, PassageVectors>>(
                        retentionMillis, windowDays, maxBucketSize)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), payload));
    return PCollectionList.of(routed.get(StoryBucketsFn.OWN).setCoder(KvCoder.of(StringUtf8Coder.of(), payload)))
        .and(sentToEarlier)
        .apply("ByArticle", Flatten.pCollections())
        .apply("ScoreStories", ParDo.of(new ScoreStoriesFn(minCosine, retentionMillis)));
  }
}
