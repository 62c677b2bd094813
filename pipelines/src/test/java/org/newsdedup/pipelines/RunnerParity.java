package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
 * the other runner wrote the same result files, byte for byte, and the same summary counts. Used
 * by the runner profiles' tests ({@code src/test-flink}, {@code src/test-spark}).
 */
final class RunnerParity {
  private static final String SEEDS = "--input=" + Path.of("..", "testdata", "seeds") + "/*.txt";
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
