package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * A verified link between two articles ({@code left < right}), with the measured scores (on
 * shingles weighed by how many texts hold them, {@code org.newsdedup.text.ShingleWeights}) and
 * the relation they show, so a user can see why two articles were grouped.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class SimilarityEdge {
  public final String left;
  public final String right;
  public final double jaccard;
  public final double containment;
  public final String relation;

  @SchemaCreate
  public SimilarityEdge(
      String left, String right, double jaccard, double containment, String relation) {
    this.left = Objects.requireNonNull(left);
    this.right = Objects.requireNonNull(right);
    this.jaccard = jaccard;
    this.containment = containment;
    this.relation = Objects.requireNonNull(relation);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SimilarityEdge other
        && left.equals(other.left)
        && right.equals(other.right)
        && jaccard == other.jaccard
        && containment == other.containment
        && relation.equals(other.relation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(left, right, relation);
  }

  @Override
  public String toString() {
    return left + " -" + relation + "(" + jaccard + "," + containment + ")- " + right;
  }
}
