package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * One article of a group, with its similarity to the group's canonical article, measured the way
 * the group's tier measures it (1.0 and 1.0 for the canonical article itself).
 */
@DefaultSchema(JavaFieldSchema.class)
public final class GroupMember {
  public final String id;
  /**
   * Duplicate tier: Jaccard similarity of the shingle sets. Story tier: cosine of the article
   * embeddings.
   */
  public final double similarity;
  /**
   * Duplicate tier: shared shingles over the smaller set. Story tier: the passage alignment, the
   * share of one article's passages that match the other's in order (better direction).
   */
  public final double containment;
  /**
   * {@code canonical}, {@code exact}, {@code copy}, {@code contained} or {@code transitive}; in
   * the story tier also {@code rewrite} or {@code same-story}.
   */
  public final String relation;

  @SchemaCreate
  public GroupMember(String id, double similarity, double containment, String relation) {
    this.id = Objects.requireNonNull(id);
    this.similarity = similarity;
    this.containment = containment;
    this.relation = Objects.requireNonNull(relation);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupMember other
        && id.equals(other.id)
        && similarity == other.similarity
        && containment == other.containment
        && relation.equals(other.relation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, similarity, relation);
  }

  @Override
  public String toString() {
    return id + ":" + relation + ":" + similarity;
  }
}
