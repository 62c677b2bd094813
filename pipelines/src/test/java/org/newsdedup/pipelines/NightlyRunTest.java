package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nightly runs: one partition per run date, published whole, replaced by a re-run. The duplicate
 * tier alone is enough to show where files go; {@link NewsDedupTest} covers both tiers.
 */
class NightlyRunTest {
  private static final Path SEEDS = Path.of("..", "testdata", "seeds");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void aRunDateWritesItsOwnPartitionWithTheMarkerAndNothingElseBeside() throws IOException {
    Path out = temp.resolve("out");

    assertEquals(ExitCode.SUCCESS, runSeeds(out, "2024-01-30"));

    Path partition = out.resolve("date=2024-01-30");
    assertEquals(List.of("date=2024-01-30"), names(out));
    assertEquals(
        List.of(
            "_SUCCESS", "articles-00000-of-00001.jsonl", "groups-00000-of-00001.jsonl",
            "report.html", "summary.json"),
        names(partition));
    assertEquals(0, Files.size(partition.resolve("_SUCCESS")));
    assertEquals(5, NewsDedupTest.readLines(partition, "articles").size());
  }

  @Test
  void aReRunOfTheSameDateReplacesThePartitionWithTheSameBytes() throws IOException {
    Path out = temp.resolve("out");
    Path partition = out.resolve("date=2024-01-30");
    assertEquals(ExitCode.SUCCESS, runSeeds(out, "2024-01-30"));
    Map<String, byte[]> first = contents(partition);
    // A different shard count leaves files the re-run does not write: they must go.
    assertEquals(
        ExitCode.SUCCESS,
        NewsDedupTest.run(
            "--input=" + SEEDS + "/*.txt", "--output=" + out, "--runDate=2024-01-30",
            "--outputShards=2", "--tiers=duplicate"));
    assertTrue(names(partition).contains("articles-00001-of-00002.jsonl"));

    assertEquals(ExitCode.SUCCESS, runSeeds(out, "2024-01-30"));

    Map<String, byte[]> third = contents(partition);
    assertEquals(first.keySet(), third.keySet());
    for (String name : first.keySet()) {
      if (!name.equals("summary.json")) {
        assertArrayEquals(first.get(name), third.get(name), name);
      }
    }
    assertEquals(withoutTiming(first.get("summary.json")), withoutTiming(third.get("summary.json")));
  }

  @Test
  void eachDateIsItsOwnPartition() throws IOException {
    Path out = temp.resolve("out");

    assertEquals(ExitCode.SUCCESS, runSeeds(out, "2024-01-29"));
    assertEquals(ExitCode.SUCCESS, runSeeds(out, "2024-01-30"));

    assertEquals(List.of("date=2024-01-29", "date=2024-01-30"), names(out));
    assertTrue(Files.exists(out.resolve("date=2024-01-29").resolve("_SUCCESS")));
  }

  @Test
  void whatAKilledRunLeftInStagingNeverReachesTheResults() throws IOException {
    Path out = temp.resolve("out");
    Path staging = Files.createDirectories(out.resolve(".staging-date=2024-01-30"));
    Files.writeString(staging.resolve("articles-00003-of-00004.jsonl"), "{\"id\":\"half-written\"}\n");

    assertEquals(ExitCode.SUCCESS, runSeeds(out, "2024-01-30"));

    Path partition = out.resolve("date=2024-01-30");
    assertFalse(names(partition).contains("articles-00003-of-00004.jsonl"));
    assertEquals(5, NewsDedupTest.readLines(partition, "articles").size());
    assertEquals(List.of("date=2024-01-30"), names(out));
  }

  @Test
  void aRunWithoutADateWritesIntoTheOutputAndLeavesOtherFilesAlone() throws IOException {
    Path out = Files.createDirectories(temp.resolve("out"));
    Files.writeString(out.resolve("notes.txt"), "mine");

    assertEquals(
        ExitCode.SUCCESS,
        NewsDedupTest.run("--input=" + SEEDS + "/*.txt", "--output=" + out, "--tiers=duplicate"));

    assertEquals(
        List.of(
            "_SUCCESS", "articles-00000-of-00001.jsonl", "groups-00000-of-00001.jsonl",
            "notes.txt", "report.html", "summary.json"),
        names(out));
    assertEquals("mine", Files.readString(out.resolve("notes.txt")));
  }

  @Test
  void avroPartitionsHoldEveryArticle() throws IOException {
    Path out = temp.resolve("out");

    assertEquals(
        ExitCode.SUCCESS,
        NewsDedupTest.run(
            "--input=" + SEEDS + "/*.txt", "--output=" + out, "--runDate=2024-01-30",
            "--format=avro", "--tiers=duplicate"));

    Path partition = out.resolve("date=2024-01-30");
    assertEquals(
        List.of(
            "_SUCCESS", "articles-00000-of-00001.avro", "dead-letter-00000-of-00001.avro",
            "groups-00000-of-00001.avro", "report.html", "summary.json"),
        names(partition));
    List<String> ids = new ArrayList<>();
    try (DataFileReader<GenericRecord> articles =
        new DataFileReader<>(
            partition.resolve("articles-00000-of-00001.avro").toFile(), new GenericDatumReader<>())) {
      articles.forEach(article -> ids.add(article.get("id").toString()));
    }
    assertEquals(5, ids.size());
    assertEquals(ExitCode.BAD_ARGUMENTS, NewsDedupTest.run("--input=x", "--output=" + out, "--format=csv"));
  }

  @Test
  void aRunDateThatIsNotADateIsRefused() {
    Path out = temp.resolve("out");
    for (String date : List.of("2024-02-30", "30/01/2024", "tonight")) {
      assertEquals(ExitCode.BAD_ARGUMENTS, runSeeds(out, date), date);
    }
    assertFalse(Files.exists(out));
  }

  private static ExitCode runSeeds(Path out, String runDate) {
    return NewsDedupTest.run(
        "--input=" + SEEDS + "/*.txt", "--output=" + out, "--runDate=" + runDate, "--tiers=duplicate");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Map<String, byte[]> contents(Path folder) throws IOException {
    Map<String, byte[]> contents = new TreeMap<>();
    for (String name : names(folder)) {
      contents.put(name, Files.readAllBytes(folder.resolve(name)));
    }
    return contents;
  }

  private static JsonNode withoutTiming(byte[] summary) throws IOException {
    ObjectNode node = (ObjectNode) JSON.readTree(summary);
    node.remove("wallTimeSeconds");
    node.remove("stageSeconds");
    return node;
  }
}
