package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(TestPipelineExtension.class)
class WriteSortedJsonLinesTest {
  @TempDir Path out;

  @Test
  void oneShardHoldsEveryLineSortedByKey(TestPipeline pipeline) throws IOException {
    pipeline
        .apply(Create.of(KV.of("c", "{\"id\":\"c\"}"), KV.of("a", "{\"id\":\"a\"}"), KV.of("b", "{\"id\":\"b\"}")))
        .apply(WriteSortedJsonLines.to(out.toString() + "/", "things", 1));
    pipeline.run().waitUntilFinish();

    assertEquals(
        List.of("{\"id\":\"a\"}", "{\"id\":\"b\"}", "{\"id\":\"c\"}"),
        Files.readAllLines(out.resolve("things-00000-of-00001.jsonl"), StandardCharsets.UTF_8));
  }

  @Test
  void shardsSplitLinesByKeyWithEachShardSortedAndNoneLost(TestPipeline pipeline)
      throws IOException {
    List<KV<String, String>> lines = new ArrayList<>();
    for (int i = 99; i >= 0; i--) {
      String key = String.format("k%03d", i);
      lines.add(KV.of(key, key));
    }
    pipeline.apply(Create.of(lines)).apply(WriteSortedJsonLines.to(out.toString() + "/", "things", 4));
    pipeline.run().waitUntilFinish();

    List<String> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith("things-")).sorted().toList()) {
        assertEquals(true, file.getFileName().toString().matches("things-0000[0-3]-of-00004\\.jsonl"));
        List<String> shard = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertEquals(shard.stream().sorted().toList(), shard, file + " is sorted");
        all.addAll(shard);
      }
    }
    assertEquals(100, all.size());
    assertEquals(100, all.stream().distinct().count());
  }

  @Test
  void fewerThanOneShardIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> WriteSortedJsonLines.to("out/", "x", 0));
  }
}
