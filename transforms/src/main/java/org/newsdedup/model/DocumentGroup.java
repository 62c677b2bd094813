package org.newsdedup.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/** A group of articles of one tier, its canonical article and its members sorted by id. */
@DefaultSchema(JavaFieldSchema.class)
public final class DocumentGroup {
  public static final String TIER_DUPLICATE = "duplicate";
  public static final String TIER_STORY = "story";

  public final String groupId;
  public final String tier;
  public final String canonicalId;
  public final List<GroupMember> members;

  @SchemaCreate
  public DocumentGroup(String groupId, String tier, String canonicalId, List<GroupMember> members) {
    this.groupId = Objects.requireNonNull(groupId);
    this.tier = Objects.requireNonNull(tier);
    this.canonicalId = Objects.requireNonNull(canonicalId);
    this.members = List.copyOf(members);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentGroup other
        && groupId.equals(other.groupId)
        && tier.equals(other.tier)
        && canonicalId.equals(other.canonicalId)
        && members.equals(other.members);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, tier, canonicalId, members);
  }

  @Override
  public String toString() {
    return "DocumentGroup{" + groupId + ", " + tier + ", canonical=" + canonicalId + ", " + members
        + "}";
  }
}
