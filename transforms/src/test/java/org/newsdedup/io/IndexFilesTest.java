package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.IndexEntry;

class IndexFilesTest {
  private static final IndexEntry GROUPED =
      new IndexEntry(
          "in/a.txt", "2024-01-29", "2024-01-29", "c0ffee0123456789abcd", 420, 416,
          new int[] {-1, 0, 7}, new byte[] {127, -127, 0}, "duplicate-77", "story-88");
  private static final IndexEntry ALONE =
      new IndexEntry(
          "in/b.txt", "2024-01-29", null, "beef00112233445566ff", 3, 0, new int[0], new byte[0],
          null, null);

  @Test
  void entriesRoundTripThroughAFile() throws IOException {
    assertEquals(List.of(GROUPED, ALONE), IndexFiles.read(new ByteArrayInputStream(bytesOf(GROUPED, ALONE))));
    assertEquals(List.of(), IndexFiles.read(new ByteArrayInputStream(bytesOf())));
  }

  @Test
  void theSameEntriesGiveTheSameBytes() throws IOException {
    assertArrayEquals(bytesOf(GROUPED, ALONE), bytesOf(GROUPED, ALONE));
  }

  @Test
  void aDamagedFileIsAnIOException() throws IOException {
    byte[] whole = bytesOf(GROUPED, ALONE);
    byte[] cut = Arrays.copyOf(whole, whole.length - 20);
    assertThrows(IOException.class, () -> IndexFiles.read(new ByteArrayInputStream(cut)));
    assertThrows(
        IOException.class,
        () -> IndexFiles.read(new ByteArrayInputStream("not avro".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void wellFormedRecordsWithValuesNoEntryCanHaveAreRefused() throws IOException {
    IndexEntry badDate =
        new IndexEntry("in/c.txt", "yesterday", null, "beef00112233445566ff", 3, 0, new int[0], new byte[0], null, null);
    IndexEntry shortHash =
        new IndexEntry("in/d.txt", "2024-01-29", null, "beef", 3, 0, new int[0], new byte[0], null, null);
    for (IndexEntry entry : List.of(badDate, shortHash)) {
      byte[] bytes = bytesOf(GROUPED, entry);
      assertThrows(IOException.class, () -> IndexFiles.read(new ByteArrayInputStream(bytes)), entry.articleId);
    }
  }

  @Test
  void aFileBelongsToThePartitionItsFolderNames() {
    assertEquals("2024-01-29", IndexFiles.partitionDate("/idx/date=2024-01-29/index-00000-of-00001.avro"));
    assertEquals("2024-01-29", IndexFiles.partitionDate("gs://b/idx/date=2024-01-29/index-00003-of-00004.avro"));
    assertNull(IndexFiles.partitionDate("/idx/.staging-date=2024-01-29x/index-00000-of-00001.avro"));
    assertNull(IndexFiles.partitionDate("/idx/date=2024-01-29/notes.avro"));
  }

  @Test
  void aPartitionsMarkerNamesItsDate() {
    assertEquals("2024-01-29", IndexFiles.markerDate("/idx/date=2024-01-29/_SUCCESS"));
    assertEquals("2024-01-29", IndexFiles.markerDate("gs://b/idx/date=2024-01-29/_SUCCESS"));
    assertNull(IndexFiles.markerDate("/idx/.staging-date=2024-01-29/_SUCCESS"));
    assertNull(IndexFiles.markerDate("/idx/date=2024-01-29/index-00000-of-00001.avro"));
    assertNull(IndexFiles.markerDate("/idx/date=2024-01-29/_SUCCESS.tmp"));
    assertNull(IndexFiles.partitionDate("/idx/date=2024-01-29/_SUCCESS"));
  }

  /**
   * How much one entry takes with the defaults, by Avro's binary encoding: id 1 + 46, run date
   * 1 + 10, published date 1 + 1 + 10, content hash 2 + 64, word and shingle counts 2 + 2,
   * signature 2 + 126 × 4, vector 2 + 384, group ids 1 + 1 + 26 and 1 + 1 + 22: 1,084 bytes; the
   * block's count, size and sync marker (21 bytes) spread over 100 entries add nothing whole.
   */
  @Test
  void anEntryOfTheDefaultsTakesUnderOneKilobyte() throws IOException {
    IndexEntry full =
        new IndexEntry(
            "/data/news/2024-01-29/reuters-markets-0001.txt", "2024-01-29", "2024-01-29",
            "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", 520, 516,
            new int[126], new byte[384], "duplicate-0123456789abcdef", "story-0123456789abcdef");
    IndexEntry[] hundred = new IndexEntry[100];
    Arrays.fill(hundred, full);
    int perEntry = (bytesOf(hundred).length - bytesOf().length) / 100;
    assertEquals(1084, perEntry);
  }

  private static byte[] bytesOf(IndexEntry... entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IndexFiles.write(List.of(entries), out);
    return out.toByteArray();
  }
}
