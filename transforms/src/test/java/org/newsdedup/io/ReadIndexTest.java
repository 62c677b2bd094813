package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.IndexEntry;

@ExtendWith(TestPipelineExtension.class)
class ReadIndexTest {
  @TempDir Path index;

  @Test
  void onlyTheNightsOfTheWindowBeforeTheRunDateAreRead(TestPipeline pipeline) throws IOException {
    write("2024-01-25", WriteIndexTest.entry("too-old", "2024-01-25"));
    write("2024-01-26", WriteIndexTest.entry("first-kept", "2024-01-26"));
    write("2024-01-29", WriteIndexTest.entry("yesterday", "2024-01-29"));
    write("2024-01-30", WriteIndexTest.entry("tonight", "2024-01-30"));
    write("2024-01-31", WriteIndexTest.entry("later", "2024-01-31"));
    write("date=2024-01-27", "index-00000-of-00001.avro", WriteIndexTest.entry("unpublished", "2024-01-27"));
    Files.createDirectories(index.resolve(".staging-date=2024-01-29"));
    write(".staging-date=2024-01-29", "index-00000-of-00001.avro", WriteIndexTest.entry("staged", "2024-01-29"));

    WithFailures.Result<PCollection<IndexEntry>, DeadLetter> read =
        pipeline.apply(ReadIndex.from(index.toString(), "2024-01-30", 4));

    PAssert.that(ids(read.output())).containsInAnyOrder("first-kept", "yesterday");
    PAssert.that(read.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void noIndexYetIsAFirstNight(TestPipeline pipeline) {
    WithFailures.Result<PCollection<IndexEntry>, DeadLetter> read =
        pipeline.apply(ReadIndex.from(index.resolve("missing").toString(), "2024-01-30", 7));
    PAssert.that(read.output()).empty();
    PAssert.that(read.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aDamagedFileIsADeadLetterAndTheOthersAreRead(TestPipeline pipeline) throws IOException {
    write("2024-01-29", WriteIndexTest.entry("good", "2024-01-29"));
    Path damaged = index.resolve("date=2024-01-28").resolve("index-00000-of-00001.avro");
    Files.createDirectories(damaged.getParent());
    Files.write(damaged, "Obj\u0001 and then nothing".getBytes(StandardCharsets.UTF_8));
    Files.createFile(damaged.resolveSibling(WriteResults.SUCCESS_MARKER));

    WithFailures.Result<PCollection<IndexEntry>, DeadLetter> read =
        pipeline.apply(ReadIndex.from(index.toString(), "2024-01-30", 7));

    PAssert.that(ids(read.output())).containsInAnyOrder("good");
    PAssert.that(
            read.failures()
                .apply(
                    "DescribeFailures",
                    MapElements.into(TypeDescriptors.strings())
                        .via((DeadLetter d) -> d.step + " " + d.reason + " " + d.source.endsWith("date=2024-01-28/index-00000-of-00001.avro"))))
        .containsInAnyOrder("ReadIndex corrupt-index-file true");
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aNegativeRetentionIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> ReadIndex.from("idx", "2024-01-30", -1));
  }

  /** A published night: its file, then its marker. */
  private void write(String date, IndexEntry entry) throws IOException {
    write("date=" + date, "index-00000-of-00001.avro", entry);
    Files.createFile(index.resolve("date=" + date).resolve(WriteResults.SUCCESS_MARKER));
  }

  private void write(String folder, String name, IndexEntry entry) throws IOException {
    Path file = Files.createDirectories(index.resolve(folder)).resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      IndexFiles.write(List.of(entry), out);
    }
  }

  private static PCollection<String> ids(PCollection<IndexEntry> entries) {
    return entries.apply("ArticleIds", MapElements.into(TypeDescriptors.strings()).via((IndexEntry e) -> e.articleId));
  }
}
