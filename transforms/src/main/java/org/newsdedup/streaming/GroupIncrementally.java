package org.newsdedup.streaming;

import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.Article;
import org.newsdedup.model.ArticleMatch;
import org.newsdedup.model.Assignment;
import org.newsdedup.model.DocumentGroup;

/**
 * Groups articles as they arrive: the duplicate tier ({@link MatchCopies}) and, when given, the
 * story tier ({@link MatchStories}, joined by every copy the duplicate tier finds, so that a
 * duplicate group lies whole inside one story group as in batch), each turned into assignments by
 * {@link AssignGroups}.
 */
public final class GroupIncrementally
    extends PTransform<PCollection<Article>, PCollection<Assignment>> {
  private final MatchCopies copies;
  private final @Nullable MatchStories stories;
  private final long retentionMillis;

  private GroupIncrementally(
      MatchCopies copies, @Nullable MatchStories stories, long retentionMillis) {
    this.copies = copies;
    this.stories = stories;
    this.retentionMillis = retentionMillis;
  }

  /** The duplicate tier only. */
  public static GroupIncrementally of(MatchCopies copies, long retentionMillis) {
    Checks.positive("retention", retentionMillis);
    return new GroupIncrementally(copies, null, retentionMillis);
  }

  /** Adds the story tier. */
  public GroupIncrementally withStories(MatchStories storyMatching) {
    return new GroupIncrementally(copies, storyMatching, retentionMillis);
  }

  @Override
  public PCollection<Assignment> expand(PCollection<Article> articles) {
    PCollection<ArticleMatch> copyMatches = articles.apply("MatchCopies", copies);
    PCollection<Assignment> duplicateAssignments =
        copyMatches.apply("AssignDuplicateGroups", AssignGroups.withinMillis(retentionMillis));
    if (stories == null) {
      return duplicateAssignments;
    }
    PCollection<ArticleMatch> copiesAsStory =
        copyMatches.apply(
            "CopiesAreOneStory",
            MapElements.into(TypeDescriptor.of(ArticleMatch.class))
                .via((ArticleMatch m) -> m.inTier(DocumentGroup.TIER_STORY)));
    PCollection<Assignment> storyAssignments =
        PCollectionList.of(articles.apply("MatchStories", stories))
            .and(copiesAsStory)
            .apply("AllStoryMatches", Flatten.pCollections())
            .apply("AssignStoryGroups", AssignGroups.withinMillis(retentionMillis));
    return PCollectionList.of(duplicateAssignments)
        .and(storyAssignments)
        .apply("AllAssignments", Flatten.pCollections());
  }
}
