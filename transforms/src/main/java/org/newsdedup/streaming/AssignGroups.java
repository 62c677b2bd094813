package org.newsdedup.streaming;

import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsdedup.model.ArticleMatch;
import org.newsdedup.model.Assignment;

/**
 * Turns a stream of verified matches into group assignments, one union-find per tier (see {@link
 * AssignGroupsFn}): an article is assigned as soon as its first match arrives, and reassigned
 * when its group is merged into an older one. Each tier's groups live under one key, so one
 * worker assigns a tier; matching, the costly part, is spread over LSH buckets and articles.
 */
public final class AssignGroups
    extends PTransform<PCollection<ArticleMatch>, PCollection<Assignment>> {
  private final long retentionMillis;

  private AssignGroups(long retentionMillis) {
    this.retentionMillis = retentionMillis;
  }

  /** Articles leave the groups this long (event time) after the last match involving them. */
  public static AssignGroups withinMillis(long retentionMillis) {
    Checks.positive("retention", retentionMillis);
    return new AssignGroups(retentionMillis);
  }

  @Override
  public PCollection<Assignment> expand(PCollection<ArticleMatch> matches) {
    return matches
        .apply("KeyByTier", WithKeys.of((ArticleMatch m) -> m.tier).withKeyType(TypeDescriptors.strings()))
        .apply("UnionFind", ParDo.of(new AssignGroupsFn(retentionMillis)));
  }
}
