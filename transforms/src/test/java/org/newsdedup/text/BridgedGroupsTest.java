package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;

class BridgedGroupsTest {
  private static final GroupMember A = new GroupMember("a", 1.0, 1.0, "canonical");
  private static final GroupMember B = new GroupMember("b", 0.9, 0.95, "copy");
  private static final GroupMember C = new GroupMember("c", 1.0, 1.0, "canonical");

  @Test
  void aSingleGroupIsReturnedAsItIs() {
    DocumentGroup group = new DocumentGroup("duplicate-1", "duplicate", "a", List.of(A, B));
    assertSame(group, BridgedGroups.merge(List.of(group)));
  }

  @Test
  void theLargestGroupKeepsItsCanonicalAndTheOthersJoinUnscored() {
    DocumentGroup larger = new DocumentGroup("duplicate-1", "duplicate", "a", List.of(A, B));
    DocumentGroup single = new DocumentGroup("duplicate-1", "duplicate", "c", List.of(C));

    DocumentGroup merged = BridgedGroups.merge(List.of(single, larger));

    assertEquals("a", merged.canonicalId);
    assertEquals(
        List.of(A, B, new GroupMember("c", 0.0, 0.0, BridgedGroups.VIA_EARLIER_NIGHT)),
        merged.members);
  }

  @Test
  void groupsOfOneSizeGoByTheirCanonicalId() {
    DocumentGroup first = new DocumentGroup("story-1", "story", "c", List.of(C));
    DocumentGroup second = new DocumentGroup("story-1", "story", "a", List.of(A));
    assertEquals("a", BridgedGroups.merge(List.of(first, second)).canonicalId);
    assertEquals("a", BridgedGroups.merge(List.of(second, first)).canonicalId);
  }

  @Test
  void nothingToMergeIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> BridgedGroups.merge(List.of()));
  }
}
