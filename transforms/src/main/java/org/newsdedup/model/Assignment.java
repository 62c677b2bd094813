package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The streaming pipeline's answer for one article in one tier: the group it now belongs to, the
 * article it was matched with and how. An article gets a new assignment when it first joins a
 * group and again when its group is merged into an older one; the one with the highest {@link
 * #sequence} of its tier is current.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Assignment {
  /** Relation of the members of a group that was merged into an older group. */
  public static final String MERGED = "merged";

  public final String articleId;
  public final String groupId;
  public final String tier;
  /** How the article relates to {@link #matchedId}, or {@link #MERGED}. */
  public final String relation;
  /** The article whose match put this article in the group. */
  public final String matchedId;
  public final double similarity;
  public final double containment;
  /** The group the article was in before a merge, else null. */
  public final @Nullable String previousGroupId;
  /** Order of the assignments of one tier: a later one replaces an earlier one. */
  public final long sequence;

  @SchemaCreate
  public Assignment(
      String articleId,
      String groupId,
      String tier,
      String relation,
      String matchedId,
      double similarity,
      double containment,
      @Nullable String previousGroupId,
      long sequence) {
    this.articleId = Objects.requireNonNull(articleId);
    this.groupId = Objects.requireNonNull(groupId);
    this.tier = Objects.requireNonNull(tier);
    this.relation = Objects.requireNonNull(relation);
    this.matchedId = Objects.requireNonNull(matchedId);
    this.similarity = similarity;
    this.containment = containment;
    this.previousGroupId = previousGroupId;
    this.sequence = sequence;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assignment other
        && articleId.equals(other.articleId)
        && groupId.equals(other.groupId)
        && tier.equals(other.tier)
        && relation.equals(other.relation)
        && matchedId.equals(other.matchedId)
        && similarity == other.similarity
        && containment == other.containment
        && Objects.equals(previousGroupId, other.previousGroupId)
        && sequence == other.sequence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, groupId, tier, sequence);
  }

  @Override
  public String toString() {
    return "Assignment{" + articleId + " -> " + groupId + " (" + tier + ", " + relation + " "
        + matchedId + ", #" + sequence + ")}";
  }
}
