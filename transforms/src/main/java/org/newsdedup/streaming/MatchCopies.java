package org.newsdedup.streaming;

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
import org.newsdedup.model.Fingerprint;
import org.newsdedup.text.CopyJudge;

/**
 * The duplicate tier on a stream: matches each arriving article with the earlier articles of the
 * retention period that are copies of it, with the batch tier's shingles, MinHash bands and
 * {@link CopyJudge} (see {@link org.newsdedup.transforms.GroupNearDuplicates} for the defaults
 * and why). Emits one {@link ArticleMatch} per verified pair (the same pair may be reported once
 * per bucket the two share; {@link AssignGroups} counts it once).
 */
public final class MatchCopies extends PTransform<PCollection<Article>, PCollection<ArticleMatch>> {
  private final int shingleSize;
  private final int bands;
  private final int rows;
  private final CopyJudge judge;
  private final long retentionMillis;
  private final int maxBucketSize;

  private MatchCopies(
      int shingleSize, int bands, int rows, CopyJudge judge, long retentionMillis,
      int maxBucketSize) {
    this.shingleSize = shingleSize;
    this.bands = bands;
    this.rows = rows;
    this.judge = judge;
    this.retentionMillis = retentionMillis;
    this.maxBucketSize = maxBucketSize;
  }

  /** The batch defaults: 5-word shingles, 42 × 3 MinHash, Jaccard 0.5 or containment 0.8. */
  public static MatchCopies withinMillis(long retentionMillis) {
    if (retentionMillis < 1) {
      throw new IllegalArgumentException("retention must be positive, got " + retentionMillis);
    }
    return new MatchCopies(5, 42, 3, new CopyJudge(0.5, 0.8), retentionMillis, 1000);
  }

  public MatchCopies withShingleSize(int words) {
    Checks.positive("shingleSize", words);
    return new MatchCopies(words, bands, rows, judge, retentionMillis, maxBucketSize);
  }

  public MatchCopies withBands(int bandCount, int rowsPerBand) {
    Checks.positive("bands", bandCount);
    Checks.positive("rows", rowsPerBand);
    return new MatchCopies(shingleSize, bandCount, rowsPerBand, judge, retentionMillis, maxBucketSize);
  }

  public MatchCopies withThresholds(double jaccard, double containment) {
    return new MatchCopies(
        shingleSize, bands, rows, new CopyJudge(jaccard, containment), retentionMillis,
        maxBucketSize);
  }

  @Override
  public PCollection<ArticleMatch> expand(PCollection<Article> articles) {
    PCollectionTuple routed =
        articles.apply(
            "FingerprintAndBucket",
            ParDo.of(new CopyBucketsFn(shingleSize, bands, rows))
                .withOutputTags(CopyBucketsFn.BUCKETS, TupleTagList.of(CopyBucketsFn.OWN)));
    PCollection<KV<String, Fingerprint>> sentToEarlier =
        routed
            .get(CopyBucketsFn.BUCKETS)
            .setCoder(
                KvCoder.of(
                    StringUtf8Coder.of(),
                    KvCoder.of(PairInBucketFn.sightingCoder(), Fingerprint.FingerprintCoder.of())))
            .apply(
                "PairInBucket",
                ParDo.of(new PairInBucketFn<Fingerprint>(retentionMillis, Integer.MAX_VALUE, maxBucketSize)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), Fingerprint.FingerprintCoder.of()));
    return PCollectionList.of(routed.get(CopyBucketsFn.OWN))
        .and(sentToEarlier)
        .apply("ByArticle", Flatten.pCollections())
        .apply("VerifyCopies", ParDo.of(new ScoreCopiesFn(judge, retentionMillis)));
  }
}
