package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexPartitionsTest {
  @TempDir Path index;

  @Test
  void partitionsBeforeTheWindowExpireAndOnlyTheyAreDeleted() throws IOException {
    for (String date : List.of("2024-01-20", "2024-01-22", "2024-01-23", "2024-01-29", "2024-02-05")) {
      Path partition = Files.createDirectories(index.resolve("date=" + date));
      Files.writeString(partition.resolve("index-00000-of-00001.avro"), date);
      Files.writeString(partition.resolve("_SUCCESS"), "");
    }
    Files.writeString(index.resolve("notes.txt"), "mine");
    Files.createDirectories(index.resolve("date=2024-01-01-not-a-partition"));
    IndexPartitions partitions = IndexPartitions.of(index.toString(), "2024-01-30", 7);

    assertEquals(List.of("2024-01-20", "2024-01-22"), partitions.expiredDates());
    partitions.dropExpired();

    assertEquals(
        List.of(
            "date=2024-01-01-not-a-partition", "date=2024-01-23", "date=2024-01-29",
            "date=2024-02-05", "notes.txt"),
        names(index));
    assertEquals(List.of(), partitions.expiredDates());
  }

  @Test
  void noIndexYetHasNothingToDrop() throws IOException {
    IndexPartitions partitions = IndexPartitions.of(index.resolve("missing").toString(), "2024-01-30", 0);
    assertEquals(List.of(), partitions.expiredDates());
    partitions.dropExpired();
    assertFalse(Files.exists(index.resolve("missing")));
  }

  @Test
  void tonightsEntriesAreStagedBesideTheirPartition() {
    IndexPartitions partitions = IndexPartitions.of(index.toString(), "2024-01-30", 7);
    assertTrue(partitions.stagingFolder().endsWith("/.staging-date=2024-01-30/"), partitions.stagingFolder());
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
