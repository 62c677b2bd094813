package org.newsdedup.pipelines;

import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.io.ReadIndex;
import org.newsdedup.io.WriteIndex;
import org.newsdedup.model.Article;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.text.CrossNightJudge;
import org.newsdedup.transforms.AttachGroups;
import org.newsdedup.transforms.EmbedStories;
import org.newsdedup.transforms.JoinEarlierGroups;
import org.newsdedup.transforms.MakeIndexEntries;

/**
 * The batch pipeline's steps for {@code --index}: read earlier nights' entries, let tonight's
 * groups continue theirs ({@link JoinEarlierGroups}), give tonight's articles the ids they keep,
 * and write tonight's entries into the index's staging folder.
 */
final class NightlyIndex {
  /** Tonight's articles and groups with the ids they keep, and the index files refused. */
  record Joined(
      PCollection<Article> articles,
      PCollection<DocumentGroup> groups,
      PCollection<DeadLetter> deadLetters) {}

  private NightlyIndex() {}

  /**
   * @param articles tonight's articles, before any group is attached
   * @param grouped the same articles with tonight's own group ids
   * @param groups tonight's groups of every tier that ran
   * @param embedded the story tier's {@link EmbedStories} output, or null when it did not run
   */
  static Joined apply(
      NewsDedupOptions options,
      String indexStagingFolder,
      PCollection<Article> articles,
      PCollection<Article> grouped,
      PCollection<DocumentGroup> groups,
      @Nullable PCollectionTuple embedded) {
    WithFailures.Result<PCollection<IndexEntry>, DeadLetter> earlier =
        articles
            .getPipeline()
            .apply(
                "ReadIndex",
                ReadIndex.from(options.getIndex(), options.getRunDate(), options.getRetentionDays()));
    MakeIndexEntries sketch =
        MakeIndexEntries.forNight(options.getRunDate())
            .withShingleSize(options.getShingleSize())
            .withBands(options.getMinhashBands(), options.getMinhashRows());
    if (embedded != null) {
      sketch = sketch.withStoryVectors(embedded.get(EmbedStories.VECTORS));
    }
    CrossNightJudge judge =
        new CrossNightJudge(
            options.getMinJaccard(),
            options.getMinContainment(),
            options.getMinCosine(),
            options.getStoryWindowDays());
    PCollectionTuple joined =
        grouped
            .apply("MakeIndexEntries", sketch)
            .apply(
                "JoinEarlierGroups",
                JoinEarlierGroups.of(earlier.output(), groups, judge, embedded != null)
                    .withBands(options.getMinhashBands(), options.getMinhashRows()));
    joined
        .get(JoinEarlierGroups.ENTRIES)
        .apply("WriteIndex", WriteIndex.to(indexStagingFolder, options.getOutputShards()));

    PCollection<DocumentGroup> kept = joined.get(JoinEarlierGroups.GROUPS);
    PCollection<Article> withKeptIds =
        articles.apply("AttachKeptGroups", AttachGroups.from(kept));
    if (embedded != null) {
      withKeptIds =
          withKeptIds.apply(
              "AttachKeptStoryGroups", AttachGroups.from(kept).ofTier(DocumentGroup.TIER_STORY));
    }
    return new Joined(withKeptIds, kept, earlier.failures());
  }
}
