package org.newsdedup.model;

import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** One member of a group as the run report shows it: what an editor reads, and how it matched. */
@DefaultSchema(JavaFieldSchema.class)
public final class ReportedArticle {
  public final String id;
  public final @Nullable String title;
  public final @Nullable String publisher;
  public final @Nullable String publishedDate;
  /** The member's relation to the group's canonical article, as in {@link GroupMember}. */
  public final String relation;
  public final double similarity;
  public final String text;

  @SchemaCreate
  public ReportedArticle(
      String id,
      @Nullable String title,
      @Nullable String publisher,
      @Nullable String publishedDate,
      String relation,
      double similarity,
      String text) {
    this.id = Objects.requireNonNull(id);
    this.title = title;
    this.publisher = publisher;
    this.publishedDate = publishedDate;
    this.relation = Objects.requireNonNull(relation);
    this.similarity = similarity;
    this.text = Objects.requireNonNull(text);
  }

  /** The article as a member of a group, with the member's relation and similarity. */
  public static ReportedArticle of(Article article, GroupMember member) {
    return new ReportedArticle(
        article.id,
        article.title,
        article.publisher,
        article.publishedDate,
        member.relation,
        member.similarity,
        article.text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportedArticle other
        && id.equals(other.id)
        && Objects.equals(title, other.title)
        && Objects.equals(publisher, other.publisher)
        && Objects.equals(publishedDate, other.publishedDate)
        && relation.equals(other.relation)
        && similarity == other.similarity
        && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, relation, similarity);
  }

  @Override
  public String toString() {
    return "ReportedArticle{" + id + ", " + relation + "}";
  }
}
