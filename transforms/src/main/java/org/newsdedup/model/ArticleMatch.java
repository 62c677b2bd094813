package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * A verified link found by the streaming pipeline: an arriving article and an earlier one it was
 * matched with, the tier that matched them, how they relate and the scores that showed it.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class ArticleMatch {
  public final String articleId;
  public final String articleContentHash;
  public final String matchedId;
  public final String matchedContentHash;
  /** {@link DocumentGroup#TIER_DUPLICATE} or {@link DocumentGroup#TIER_STORY}. */
  public final String tier;
  /**
   * {@code exact}, {@code copy} or {@code contained} (shingles), {@code rewrite} or {@code
   * same-story} (embeddings).
   */
  public final String relation;
  /** Duplicate tier: Jaccard of the shingle sets. Story tier: cosine of the embeddings. */
  public final double similarity;
  /** Duplicate tier: containment of the shingle sets. Story tier: the passage alignment. */
  public final double containment;

  @SchemaCreate
  public ArticleMatch(
      String articleId,
      String articleContentHash,
      String matchedId,
      String matchedContentHash,
      String tier,
      String relation,
      double similarity,
      double containment) {
    this.articleId = Objects.requireNonNull(articleId);
    this.articleContentHash = Objects.requireNonNull(articleContentHash);
    this.matchedId = Objects.requireNonNull(matchedId);
    this.matchedContentHash = Objects.requireNonNull(matchedContentHash);
    this.tier = Objects.requireNonNull(tier);
    this.relation = Objects.requireNonNull(relation);
    this.similarity = similarity;
    this.containment = containment;
  }

  /** The same link, counted in another tier (a copy is also a report of the same story). */
  public ArticleMatch inTier(String otherTier) {
    return new ArticleMatch(
        articleId, articleContentHash, matchedId, matchedContentHash, otherTier, relation,
        similarity, containment);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleMatch other
        && articleId.equals(other.articleId)
        && articleContentHash.equals(other.articleContentHash)
        && matchedId.equals(other.matchedId)
        && matchedContentHash.equals(other.matchedContentHash)
        && tier.equals(other.tier)
        && relation.equals(other.relation)
        && similarity == other.similarity
        && containment == other.containment;
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, matchedId, tier, relation);
  }

  @Override
  public String toString() {
    return "ArticleMatch{" + articleId + " ~ " + matchedId + ", " + tier + " " + relation + "}";
  }
}
