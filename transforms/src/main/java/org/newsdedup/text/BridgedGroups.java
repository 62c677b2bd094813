package org.newsdedup.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;

/**
 * One group out of several of tonight's groups that continue the same earlier group (an earlier
 * night's article linked them, though tonight they were apart). The largest of them (then the
 * one whose canonical id is smallest) keeps its canonical article and its members' scores; the
 * other groups' members join with relation {@value #VIA_EARLIER_NIGHT} and scores of 0, as they
 * were never compared with that canonical article.
 */
public final class BridgedGroups {
  public static final String VIA_EARLIER_NIGHT = "via-earlier-night";

  private static final Comparator<DocumentGroup> LARGEST_FIRST =
      Comparator.comparingInt((DocumentGroup g) -> -g.members.size())
          .thenComparing(g -> g.canonicalId);

  private BridgedGroups() {}

  /** The groups, all with one id and tier, as one group; a single group is returned as it is. */
  public static DocumentGroup merge(List<DocumentGroup> groups) {
    if (groups.isEmpty()) {
      throw new IllegalArgumentException("no group to merge");
    }
    List<DocumentGroup> sorted = new ArrayList<>(groups);
    sorted.sort(LARGEST_FIRST);
    DocumentGroup kept = sorted.get(0);
    if (sorted.size() == 1) {
      return kept;
    }
    List<GroupMember> members = new ArrayList<>(kept.members);
    Set<String> ids = new TreeSet<>();
    kept.members.forEach(m -> ids.add(m.id));
    for (DocumentGroup other : sorted.subList(1, sorted.size())) {
      for (GroupMember member : other.members) {
        if (ids.add(member.id)) {
          members.add(new GroupMember(member.id, 0.0, 0.0, VIA_EARLIER_NIGHT));
        }
      }
    }
    members.sort(Comparator.comparing(m -> m.id));
    return new DocumentGroup(kept.groupId, kept.tier, kept.canonicalId, members, kept.earlierMembers);
  }
}
