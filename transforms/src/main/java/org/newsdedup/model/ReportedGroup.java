package org.newsdedup.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * A group as the run report shows it: its canonical article first, then the other members shown,
 * most similar first. {@link #size} counts every member, shown or not.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class ReportedGroup {
  public final String groupId;
  public final String tier;
  public final int size;
  public final List<ReportedArticle> members;

  @SchemaCreate
  public ReportedGroup(String groupId, String tier, int size, List<ReportedArticle> members) {
    this.groupId = Objects.requireNonNull(groupId);
    this.tier = Objects.requireNonNull(tier);
    this.size = size;
    this.members = List.copyOf(members);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReportedGroup other
        && groupId.equals(other.groupId)
        && tier.equals(other.tier)
        && size == other.size
        && members.equals(other.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, tier, size);
  }

  @Override
  public String toString() {
    return "ReportedGroup{" + tier + " " + groupId + ", " + size + " members}";
  }
}
