package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Runs the pipeline on the seeds with the Direct Runner and with another runner, and checks that
 * the other runner wrote the same result files, byte for byte, and the same summary counts; and
 * the same for two nights with an index, whose second night must continue the first's groups.
 * Used by the runner profiles' tests ({@code src/test-flink}, {@code src/test-spark}).
 */
final class RunnerParity {
  private static final String SEEDS = "--input=" + Path.of("..", "testdata", "seeds") + "/*.txt";
  private static final Path SEED_FOLDER = Path.of("..", "testdata", "seeds");
  private static final Path UNRELATED = Path.of("..", "testdata", "unrelated");
  private static final String MONDAY = "2024-01-29";
  private static final String TUESDAY = "2024-01-30";
  /** The page scrape and the agency article (one text once cleaned), and a rewrite of it. */
  private static final String SCRAPE = "000_f4547b695e6a452f.txt";
  private static final String AGENCY = "004_98d0749b56e2a244.txt";
  private static final String REWRITE = "002_1471c191bc5d37c4.txt";
  private static final List<String> RESULT_PREFIXES = List.of("articles-", "groups-", "dead-letter-");
  /**
   * Beam, Flink, Pekko and Spark log every task at INFO, and Flink warns hundreds of times a run
   * that operator names are long: thousands of lines per run. A failure still shows its cause.
   */
  private static final Map<Logger, Level> QUIETED =
      Map.of(
          Logger.getLogger("org.apache.beam"), Level.WARNING,
          Logger.getLogger("org.apache.flink"), Level.SEVERE,
          Logger.getLogger("org.apache.pekko"), Level.WARNING,
          Logger.getLogger("org.apache.spark"), Level.WARNING,
          Logger.getLogger("org.sparkproject"), Level.WARNING);

  static {
    QUIETED.forEach(Logger::setLevel);
  }

  private RunnerParity() {}

  static void assertSameOutputAsDirectRunner(Path temp, String... runnerArgs) throws IOException {
    Path direct = temp.resolve("direct");
    Path other = temp.resolve("other");

    assertEquals(ExitCode.SUCCESS, NewsDedupTest.run(SEEDS, "--output=" + direct, "--runner=DirectRunner"));
    List<String> args = new ArrayList<>(List.of(runnerArgs));
    args.add(SEEDS);
    args.add("--output=" + other);
    assertEquals(ExitCode.SUCCESS, NewsDedupTest.run(args.toArray(String[]::new)));

    List<String> files = resultFiles(direct);
    assertFalse(files.isEmpty(), "the Direct Runner wrote result files");
    assertEquals(files, resultFiles(other), "the same result files");
    for (String name : files) {
      assertArrayEquals(
          Files.readAllBytes(direct.resolve(name)), Files.readAllBytes(other.resolve(name)), name);
    }
    assertEquals(counts(direct), counts(other), "summary counts");
  }

  /**
   * Monday (the scrape, the agency article and an unrelated report) and Tuesday (a copy of the
   * agency article, a rewrite of it and another unrelated report) with {@code --index}, on the
   * Direct Runner and on the other: each night's result files and index partition are the same
   * bytes and the summaries the same counts, and on the other runner Tuesday's copy keeps
   * Monday's duplicate and story ids and the rewrite Monday's story id.
   */
  static void assertSameNightsAsDirectRunner(Path temp, String... runnerArgs) throws IOException {
    Path monday = night(temp.resolve("mon"), SEED_FOLDER.resolve(SCRAPE), SEED_FOLDER.resolve(AGENCY),
        UNRELATED.resolve("pakistan-floods.txt"));
    Path tuesday = night(temp.resolve("tue"), SEED_FOLDER.resolve(REWRITE),
        UNRELATED.resolve("chip-earnings.txt"));
    Files.copy(SEED_FOLDER.resolve(AGENCY), tuesday.resolve("agency-copy.txt"));
    Path direct = temp.resolve("direct");
    Path other = temp.resolve("other");
    List<String> directArgs = List.of("--runner=DirectRunner");
    for (String[] night : new String[][] {{MONDAY, monday.toString()}, {TUESDAY, tuesday.toString()}}) {
      for (Path folder : List.of(direct, other)) {
        List<String> args = new ArrayList<>(folder == direct ? directArgs : List.of(runnerArgs));
        args.addAll(List.of(
            "--input=" + night[1] + "/*.txt", "--output=" + folder.resolve("out"),
            "--index=" + folder.resolve("index"), "--runDate=" + night[0], "--progressSeconds=0"));
        assertEquals(ExitCode.SUCCESS, NewsDedupTest.run(args.toArray(String[]::new)), night[0]);
      }
    }

    for (String date : List.of(MONDAY, TUESDAY)) {
      Path directResults = direct.resolve("out").resolve("date=" + date);
      Path otherResults = other.resolve("out").resolve("date=" + date);
      assertEquals(resultFiles(directResults), resultFiles(otherResults), "result files of " + date);
      assertSameFiles(directResults, otherResults, resultFiles(directResults));
      assertEquals(counts(directResults), counts(otherResults), "summary counts of " + date);
      Path directIndex = direct.resolve("index").resolve("date=" + date);
      Path otherIndex = other.resolve("index").resolve("date=" + date);
      assertEquals(names(directIndex), names(otherIndex), "index files of " + date);
      assertSameFiles(directIndex, otherIndex, names(directIndex));
    }
    Path otherOut = other.resolve("out");
    JsonNode mondayAgency = article(otherOut, MONDAY, AGENCY);
    JsonNode copy = article(otherOut, TUESDAY, "agency-copy.txt");
    assertEquals(mondayAgency.get("duplicateGroup").asText(), copy.get("duplicateGroup").asText());
    assertEquals(mondayAgency.get("storyGroup").asText(), copy.get("storyGroup").asText());
    assertEquals(
        mondayAgency.get("storyGroup").asText(),
        article(otherOut, TUESDAY, REWRITE).get("storyGroup").asText());
    assertFalse(mondayAgency.get("storyGroup").isNull(), "Monday has a story group");
    ObjectNode tuesdayIndex = (ObjectNode) counts(otherOut.resolve("date=" + TUESDAY)).get("index");
    assertEquals(3, tuesdayIndex.get("entriesRead").asLong(), "Monday's entries were read");
  }

  private static Path night(Path folder, Path... files) throws IOException {
    Files.createDirectories(folder);
    for (Path file : files) {
      Files.copy(file, folder.resolve(file.getFileName()));
    }
    return folder;
  }

  private static void assertSameFiles(Path expected, Path actual, List<String> names)
      throws IOException {
    assertFalse(names.isEmpty(), "files in " + expected);
    for (String name : names) {
      assertArrayEquals(
          Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(actual.resolve(name)),
          actual.resolve(name).toString());
    }
  }

  private static JsonNode article(Path out, String runDate, String fileName) throws IOException {
    for (JsonNode article : NewsDedupTest.readLines(out.resolve("date=" + runDate), "articles")) {
      if (article.get("id").asText().endsWith(fileName)) {
        return article;
      }
    }
    throw new AssertionError("no article from " + fileName + " on " + runDate);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  private static List<String> resultFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> RESULT_PREFIXES.stream().anyMatch(name::startsWith))
          .sorted()
          .toList();
    }
  }

  /** The summary without its timings, the only fields that may differ between runs. */
  private static ObjectNode counts(Path folder) throws IOException {
    ObjectNode summary =
        (ObjectNode) new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
    summary.remove("wallTimeSeconds");
    summary.remove("stageSeconds");
    return summary;
  }
}
