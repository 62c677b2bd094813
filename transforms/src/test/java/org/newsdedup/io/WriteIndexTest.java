package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.model.IndexEntry;

@ExtendWith(TestPipelineExtension.class)
class WriteIndexTest {
  @TempDir Path out;

  static IndexEntry entry(String id, String runDate) {
    return new IndexEntry(
        id, runDate, null, "0123456789abcdef" + id, 10, 6, new int[] {1, 2, 3}, new byte[] {4},
        null, "story-" + id);
  }

  @Test
  void shardsHoldEveryEntrySortedAndNoneTwice(TestPipeline pipeline) throws IOException {
    List<IndexEntry> entries = new ArrayList<>();
    for (int i = 29; i >= 0; i--) {
      entries.add(entry(String.format("in/%02d.txt", i), "2024-01-29"));
    }
    pipeline.apply(Create.of(entries)).apply(WriteIndex.to(out.toString(), 3));
    pipeline.run().waitUntilFinish();

    List<IndexEntry> read = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      List<Path> shards = files.filter(p -> p.getFileName().toString().startsWith("index-")).sorted().toList();
      assertEquals(3, shards.size());
      for (Path shard : shards) {
        assertEquals(true, shard.getFileName().toString().matches("index-0000[0-2]-of-00003\\.avro"));
        try (InputStream in = Files.newInputStream(shard)) {
          List<IndexEntry> inShard = IndexFiles.read(in);
          assertEquals(inShard.stream().sorted((a, b) -> a.key().compareTo(b.key())).toList(), inShard);
          read.addAll(inShard);
        }
      }
    }
    assertEquals(30, read.size());
    assertEquals(
        entries.stream().map(IndexEntry::key).sorted().toList(),
        read.stream().map(IndexEntry::key).sorted().toList());
  }
}
