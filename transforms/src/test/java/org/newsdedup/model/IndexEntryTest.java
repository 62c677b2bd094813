package org.newsdedup.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.testing.CoderProperties;
import org.junit.jupiter.api.Test;

class IndexEntryTest {
  static final IndexEntry GROUPED =
      new IndexEntry(
          "in/a.txt", "2024-01-29", "2024-01-29T10:00Z", "c0ffee0123456789abcd", 420, 416,
          new int[] {-1, 0, Integer.MAX_VALUE, 7}, new byte[] {127, -127, 0},
          "duplicate-77", "story-88");
  static final IndexEntry ALONE =
      new IndexEntry(
          "in/b.txt", "2024-01-30", null, "beef00112233445566ff", 3, 0, new int[0], new byte[0],
          null, null);

  @Test
  void theCoderRoundTripsAndIsDeterministic() throws Exception {
    Coder<IndexEntry> coder = IndexEntry.IndexEntryCoder.of();
    coder.verifyDeterministic();
    for (IndexEntry entry : List.of(GROUPED, ALONE)) {
      CoderProperties.coderDecodeEncodeEqual(coder, entry);
      CoderProperties.coderDeterministic(coder, entry, entry);
    }
  }

  @Test
  void aLoneEntryFoundsAGroupNamedAfterItsContent() {
    assertEquals("duplicate-77", GROUPED.groupToJoin(DocumentGroup.TIER_DUPLICATE));
    assertEquals("story-88", GROUPED.groupToJoin(DocumentGroup.TIER_STORY));
    assertEquals("duplicate-beef001122334455", ALONE.groupToJoin(DocumentGroup.TIER_DUPLICATE));
    assertEquals("story-beef001122334455", ALONE.groupToJoin(DocumentGroup.TIER_STORY));
  }

  @Test
  void aKeyTellsTheSamePathOnTwoNightsApart() {
    IndexEntry again = ALONE.withGroups("duplicate-1", null);
    assertEquals("2024-01-30/in/b.txt", ALONE.key());
    assertEquals("duplicate-1", again.duplicateGroup);
    assertTrue(GROUPED.hasStoryVector());
    assertFalse(ALONE.hasStoryVector());
    assertArrayEquals(new byte[] {1, 2}, ALONE.withStoryVector(new byte[] {1, 2}).storyVector());
  }

  @Test
  void signatureBytesRoundTripAndRefuseAPartialValue() {
    int[] signature = {-1, 0, 123456789};
    assertArrayEquals(signature, IndexEntries.signature(IndexEntries.signatureBytes(signature)));
    assertEquals(12, IndexEntries.signatureBytes(signature).length);
    assertThrows(IllegalArgumentException.class, () -> IndexEntries.signature(new byte[5]));
  }
}
