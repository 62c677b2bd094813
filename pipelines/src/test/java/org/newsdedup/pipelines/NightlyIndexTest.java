package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Nightly runs with an index: Monday's groups are continued on Tuesday with their ids, a re-run
 * of Tuesday gives the same bytes, and nights past the retention window are neither read nor
 * kept. Real files, real runs of the pipeline through {@code execute}.
 */
class NightlyIndexTest {
  private static final Path SEEDS = Path.of("..", "testdata", "seeds");
  private static final Path UNRELATED = Path.of("..", "testdata", "unrelated");
  private static final String MONDAY = "2024-01-29";
  private static final String TUESDAY = "2024-01-30";
  private static final String WEDNESDAY = "2024-01-31";
  /** The page scrape and the clean agency article: one text once cleaned. */
  private static final String SCRAPE = "000_f4547b695e6a452f.txt";
  private static final String AGENCY = "004_98d0749b56e2a244.txt";
  /** A rewrite of the agency article: the same story, not a copy. */
  private static final String REWRITE = "002_1471c191bc5d37c4.txt";

  @TempDir Path temp;

  @Test
  void tuesdaysCopyAndRewriteContinueMondaysGroupsWithTheirIds() throws IOException {
    Path monday = night("mon", SEEDS.resolve(SCRAPE), SEEDS.resolve(AGENCY), UNRELATED.resolve("pakistan-floods.txt"));
    Path tuesday = night("tue", SEEDS.resolve(REWRITE), UNRELATED.resolve("chip-earnings.txt"));
    Files.copy(SEEDS.resolve(AGENCY), tuesday.resolve("agency-copy.txt"));
    Path out = temp.resolve("out");
    Path index = temp.resolve("index");

    assertEquals(ExitCode.SUCCESS, run(monday, out, index, MONDAY, "duplicate,story"));
    JsonNode mondayAgency = article(out, MONDAY, AGENCY);
    String duplicateGroup = mondayAgency.get("duplicateGroup").asText();
    String storyGroup = mondayAgency.get("storyGroup").asText();

    assertEquals(ExitCode.SUCCESS, run(tuesday, out, index, TUESDAY, "duplicate,story"));

    JsonNode copy = article(out, TUESDAY, "agency-copy.txt");
    JsonNode rewrite = article(out, TUESDAY, REWRITE);
    assertEquals(duplicateGroup, copy.get("duplicateGroup").asText());
    assertEquals(storyGroup, copy.get("storyGroup").asText());
    assertTrue(rewrite.get("duplicateGroup").isNull());
    assertEquals(storyGroup, rewrite.get("storyGroup").asText());
    assertTrue(article(out, TUESDAY, "chip-earnings.txt").get("storyGroup").isNull());

    JsonNode copies = group(out, TUESDAY, duplicateGroup);
    assertEquals(List.of(copy.get("id").asText()), ids(copies.get("members")));
    assertEquals(
        List.of(article(out, MONDAY, SCRAPE).get("id").asText(), mondayAgency.get("id").asText()),
        ids(copies.get("earlierMembers")));
    for (JsonNode earlier : copies.get("earlierMembers")) {
      assertEquals(MONDAY, earlier.get("runDate").asText());
    }
    JsonNode story = group(out, TUESDAY, storyGroup);
    assertEquals(
        List.of(copy.get("id").asText(), rewrite.get("id").asText()).stream().sorted().toList(),
        ids(story.get("members")));
    assertEquals(2, story.get("earlierMembers").size());

    JsonNode summary = summary(out, TUESDAY).get("index");
    assertEquals(3, summary.get("entriesRead").asLong());
    assertEquals(3, summary.get("entriesWritten").asLong());
    assertEquals(0, summary.get("partitionsDropped").asLong());
    assertEquals(
        List.of("_SUCCESS", "index-00000-of-00001.avro"), names(index.resolve("date=" + TUESDAY)));
  }

  @Test
  void aReRunOfANightGivesTheSameBytesInTheResultsAndTheIndex() throws IOException {
    Path monday = night("mon", SEEDS.resolve(SCRAPE), SEEDS.resolve(AGENCY));
    Path tuesday = night("tue", SEEDS.resolve(REWRITE));
    Files.copy(SEEDS.resolve(AGENCY), tuesday.resolve("agency-copy.txt"));
    Path out = temp.resolve("out");
    Path index = temp.resolve("index");
    assertEquals(ExitCode.SUCCESS, run(monday, out, index, MONDAY, "duplicate"));
    assertEquals(ExitCode.SUCCESS, run(tuesday, out, index, TUESDAY, "duplicate"));
    Map<String, byte[]> results = contents(out.resolve("date=" + TUESDAY));
    Map<String, byte[]> entries = contents(index.resolve("date=" + TUESDAY));

    assertEquals(ExitCode.SUCCESS, run(tuesday, out, index, TUESDAY, "duplicate"));

    Map<String, byte[]> rerunResults = contents(out.resolve("date=" + TUESDAY));
    assertEquals(results.keySet(), rerunResults.keySet());
    for (String name : List.of("articles-00000-of-00001.jsonl", "groups-00000-of-00001.jsonl")) {
      assertArrayEquals(results.get(name), rerunResults.get(name), name);
    }
    Map<String, byte[]> rerunEntries = contents(index.resolve("date=" + TUESDAY));
    assertEquals(entries.keySet(), rerunEntries.keySet());
    for (String name : entries.keySet()) {
      assertArrayEquals(entries.get(name), rerunEntries.get(name), name);
    }
    // The re-run read Monday only, not its own first run's partition.
    assertEquals(2, summary(out, TUESDAY).get("index").get("entriesRead").asLong());
  }

  @Test
  void nightsPastTheRetentionWindowAreNotReadAndAreDropped() throws IOException {
    Path monday = night("mon", SEEDS.resolve(SCRAPE), SEEDS.resolve(AGENCY));
    Path tuesday = night("tue");
    Files.copy(SEEDS.resolve(AGENCY), tuesday.resolve("agency-copy.txt"));
    Path out = temp.resolve("out");
    Path index = temp.resolve("index");
    assertEquals(ExitCode.SUCCESS, run(monday, out, index, MONDAY, "duplicate"));
    String mondayGroup = article(out, MONDAY, AGENCY).get("duplicateGroup").asText();

    assertEquals(
        ExitCode.SUCCESS,
        run(tuesday, out, index, TUESDAY, "duplicate", "--retentionDays=0"));

    JsonNode copy = article(out, TUESDAY, "agency-copy.txt");
    assertTrue(copy.get("duplicateGroup").isNull(), copy.toString());
    assertTrue(NewsDedupTest.readLines(out.resolve("date=" + TUESDAY), "groups").isEmpty());
    JsonNode summary = summary(out, TUESDAY).get("index");
    assertEquals(0, summary.get("entriesRead").asLong());
    assertEquals(1, summary.get("partitionsDropped").asLong());
    assertEquals(List.of("date=" + TUESDAY), names(index));
    assertNotEquals(mondayGroup, copy.get("duplicateGroup").asText());
  }

  /**
   * Tuesday's run died after its index files were moved into place and before its marker was
   * written (the marker is deleted here to leave that state): Wednesday reads Monday only.
   */
  @Test
  void aPartitionWithoutItsMarkerIsSkippedAndCounted() throws IOException {
    Path monday = night("mon", SEEDS.resolve(SCRAPE), SEEDS.resolve(AGENCY));
    Path tuesday = night("tue", UNRELATED.resolve("pakistan-floods.txt"));
    Files.copy(SEEDS.resolve(AGENCY), tuesday.resolve("agency-tuesday.txt"));
    Path wednesday = night("wed", UNRELATED.resolve("chip-earnings.txt"));
    Files.copy(SEEDS.resolve(AGENCY), wednesday.resolve("agency-wednesday.txt"));
    Path out = temp.resolve("out");
    Path index = temp.resolve("index");
    assertEquals(ExitCode.SUCCESS, run(monday, out, index, MONDAY, "duplicate"));
    String mondayGroup = article(out, MONDAY, AGENCY).get("duplicateGroup").asText();
    assertEquals(ExitCode.SUCCESS, run(tuesday, out, index, TUESDAY, "duplicate"));
    Path tuesdayPartition = index.resolve("date=" + TUESDAY);
    Files.delete(tuesdayPartition.resolve(RunOutput.SUCCESS_MARKER));
    assertEquals(List.of("index-00000-of-00001.avro"), names(tuesdayPartition));

    assertEquals(ExitCode.SUCCESS, run(wednesday, out, index, WEDNESDAY, "duplicate"));

    JsonNode copy = article(out, WEDNESDAY, "agency-wednesday.txt");
    assertEquals(mondayGroup, copy.get("duplicateGroup").asText());
    JsonNode copies = group(out, WEDNESDAY, mondayGroup);
    for (JsonNode earlier : copies.get("earlierMembers")) {
      assertEquals(MONDAY, earlier.get("runDate").asText(), "Tuesday's copy is not read");
    }
    assertEquals(2, copies.get("earlierMembers").size());
    JsonNode summary = summary(out, WEDNESDAY).get("index");
    assertEquals(2, summary.get("entriesRead").asLong(), "Monday's two entries, not Tuesday's two");
    assertEquals(1, summary.get("partitionsSkipped").asLong());
    assertEquals(0, summary.get("filesRefused").asLong());
    assertEquals(0, summary(out, TUESDAY).get("index").get("partitionsSkipped").asLong());
  }

  @Test
  void aDamagedIndexFileIsADeadLetterAndTheRunGoesOn() throws IOException {
    Path damaged = Files.createDirectories(temp.resolve("index").resolve("date=" + MONDAY));
    Files.write(damaged.resolve("index-00000-of-00001.avro"), "not avro".getBytes(StandardCharsets.UTF_8));
    // Published, so it is read (a partition without its marker would be skipped unread).
    Files.createFile(damaged.resolve(RunOutput.SUCCESS_MARKER));
    Path tuesday = night("tue", SEEDS.resolve(AGENCY));
    Path out = temp.resolve("out");

    // One dead letter for one input is over the default ratio: the run is complete, and says so.
    assertEquals(
        ExitCode.TOO_MANY_DEAD_LETTERS,
        run(tuesday, out, temp.resolve("index"), TUESDAY, "duplicate"));

    List<JsonNode> deadLetters = NewsDedupTest.readLines(out.resolve("date=" + TUESDAY), "dead-letter");
    assertEquals(1, deadLetters.size());
    assertEquals("ReadIndex", deadLetters.get(0).get("step").asText());
    assertEquals("corrupt-index-file", deadLetters.get(0).get("reason").asText());
    assertEquals(1, NewsDedupTest.readLines(out.resolve("date=" + TUESDAY), "articles").size());
    JsonNode summary = summary(out, TUESDAY);
    assertEquals(1, summary.get("index").get("filesRefused").asLong());
    // inputs + filesRefused = articles + deadLetters
    assertEquals(1, summary.get("inputs").asLong());
    assertEquals(2, summary.get("articles").asLong() + summary.get("deadLetters").asLong());
  }

  @Test
  void anIndexNeedsARunDateAndAFolderOfItsOwn() {
    Path out = temp.resolve("out");
    assertEquals(
        ExitCode.BAD_ARGUMENTS,
        NewsDedupTest.run("--input=" + SEEDS + "/*.txt", "--output=" + out, "--index=" + temp.resolve("index")));
    assertEquals(
        ExitCode.BAD_ARGUMENTS,
        NewsDedupTest.run(
            "--input=" + SEEDS + "/*.txt", "--output=" + out, "--index=" + out, "--runDate=" + MONDAY));
    assertEquals(
        ExitCode.BAD_ARGUMENTS,
        NewsDedupTest.run(
            "--input=" + SEEDS + "/*.txt", "--output=" + out, "--index=" + temp.resolve("index"),
            "--runDate=" + MONDAY, "--retentionDays=-1"));
    assertFalse(Files.exists(out));
  }

  private Path night(String name, Path... files) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(name));
    for (Path file : files) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
    return folder;
  }

  private static ExitCode run(
      Path input, Path out, Path index, String runDate, String tiers, String... more) {
    List<String> args = new ArrayList<>(List.of(
        "--input=" + input + "/*.txt", "--output=" + out, "--index=" + index,
        "--runDate=" + runDate, "--tiers=" + tiers, "--progressSeconds=0"));
    args.addAll(List.of(more));
    return NewsDedupTest.run(args.toArray(String[]::new));
  }

  private static JsonNode article(Path out, String runDate, String fileName) throws IOException {
    for (JsonNode article : NewsDedupTest.readLines(out.resolve("date=" + runDate), "articles")) {
      if (article.get("id").asText().endsWith(fileName)) {
        return article;
      }
    }
    throw new AssertionError("no article from " + fileName + " on " + runDate);
  }

  private static JsonNode group(Path out, String runDate, String groupId) throws IOException {
    for (JsonNode group : NewsDedupTest.readLines(out.resolve("date=" + runDate), "groups")) {
      if (group.get("groupId").asText().equals(groupId)) {
        return group;
      }
    }
    throw new AssertionError("no group " + groupId + " on " + runDate);
  }

  private static JsonNode summary(Path out, String runDate) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(out.resolve("date=" + runDate).resolve("summary.json").toFile());
  }

  private static List<String> ids(JsonNode members) {
    List<String> ids = new ArrayList<>();
    members.forEach(member -> ids.add(member.get("id").asText()));
    return ids;
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
}
