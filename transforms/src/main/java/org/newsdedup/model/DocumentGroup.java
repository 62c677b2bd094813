package org.newsdedup.model;

import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * A group of articles of one tier, its canonical article and its members sorted by id. A group
 * that continues one of earlier nights (see {@code JoinEarlierGroups}) also lists the members
 * those nights had, sorted by run date and id; tonight's members are the {@code members}.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class DocumentGroup {
  public static final String TIER_DUPLICATE = "duplicate";
  public static final String TIER_STORY = "story";
  private static final int GROUP_ID_HEX_CHARS = 16;

  public final String groupId;
  public final String tier;
  public final String canonicalId;
  public final List<GroupMember> members;
  public final List<EarlierMember> earlierMembers;

  public DocumentGroup(String groupId, String tier, String canonicalId, List<GroupMember> members) {
    this(groupId, tier, canonicalId, members, List.of());
  }

  @SchemaCreate
  public DocumentGroup(
      String groupId,
      String tier,
      String canonicalId,
      List<GroupMember> members,
      List<EarlierMember> earlierMembers) {
    this.groupId = Objects.requireNonNull(groupId);
    this.tier = Objects.requireNonNull(tier);
    this.canonicalId = Objects.requireNonNull(canonicalId);
    this.members = List.copyOf(members);
    this.earlierMembers = List.copyOf(earlierMembers);
  }

  /**
   * The id of a group of this tier whose canonical article has this content hash: the tier and
   * the hash's first 16 hex digits.
   */
  public static String idFor(String tier, String contentHash) {
    return tier + "-" + contentHash.substring(0, GROUP_ID_HEX_CHARS);
  }

  /** The same group with these earlier members. */
  public DocumentGroup withEarlierMembers(List<EarlierMember> earlier) {
    return new DocumentGroup(groupId, tier, canonicalId, members, earlier);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentGroup other
        && groupId.equals(other.groupId)
        && tier.equals(other.tier)
        && canonicalId.equals(other.canonicalId)
        && members.equals(other.members)
        && earlierMembers.equals(other.earlierMembers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(groupId, tier, canonicalId, members, earlierMembers);
  }

  @Override
  public String toString() {
    return "DocumentGroup{" + groupId + ", " + tier + ", canonical=" + canonicalId + ", " + members
        + (earlierMembers.isEmpty() ? "" : ", earlier=" + earlierMembers) + "}";
  }
}
