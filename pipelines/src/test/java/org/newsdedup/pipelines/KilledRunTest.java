package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch run killed half-way (SIGKILL to a child JVM running the pipeline, while its progress
 * shows it working) leaves nothing under the final names on a fresh output and the previous
 * results intact on an old one; the run started again on the same input writes the same bytes.
 */
class KilledRunTest {
  private static final Path TESTDATA = Path.of("..", "testdata");
  private static final List<String> RESULTS = List.of("articles", "groups", "dead-letter");

  @TempDir Path temp;

  @Test
  void aKilledRunNeverShowsPartialOutputAndARerunWritesTheSameBytes() throws Exception {
    Path input = temp.resolve("in");
    Files.createDirectories(input);
    for (String folder : List.of("seeds", "unrelated")) {
      try (Stream<Path> files = Files.list(TESTDATA.resolve(folder))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
          Files.copy(file, input.resolve(folder + "-" + file.getFileName()));
        }
      }
    }
    Files.write(input.resolve("pixel.png"), Files.readAllBytes(TESTDATA.resolve("bad-input/pixel.png")));
    String[] args = {"--input=" + input + "/*", "--output=" + temp.resolve("out")};
    Path out = temp.resolve("out");

    killMidRun(args);
    assertEquals(Map.of(), finalFiles(out), "a killed first run publishes nothing");

    assertEquals(ExitCode.SUCCESS, BadInputTest.run(args));
    Map<String, byte[]> first = finalFiles(out);
    assertTrue(first.containsKey(RunOutput.SUCCESS_MARKER));
    assertTrue(first.keySet().stream().anyMatch(name -> name.startsWith("dead-letter-")));

    killMidRun(args);
    assertSameBytes(first, finalFiles(out), "a killed later run leaves the previous results");

    assertEquals(ExitCode.SUCCESS, BadInputTest.run(args));
    assertSameBytes(first, finalFiles(out), "the run started again writes the same bytes");
  }

  /** Starts the pipeline in a child JVM and kills it once it reports progress. */
  private static void killMidRun(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dai.djl.offline=true");
    command.add(NewsDedup.class.getName());
    command.addAll(List.of(args));
    command.add("--progressSeconds=1");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    try (BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = output.readLine()) != null && !line.startsWith("newsdedup: progress:")) {
        // Until the pipeline runs: the JVM starts, the pipeline is built and submitted.
      }
      assertTrue(line != null && process.isAlive(), "the run was still working when killed");
      process.destroyForcibly();
      assertTrue(process.waitFor(60, TimeUnit.SECONDS));
    }
  }

  /** The files a reader may use: everything in the output folder but the staging folders. */
  private static Map<String, byte[]> finalFiles(Path out) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.exists(out)) {
      return files;
    }
    try (Stream<Path> listed = Files.list(out)) {
      for (Path file : listed.filter(Files::isRegularFile).toList()) {
        files.put(file.getFileName().toString(), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** Equal results; summary.json and report.html differ in the wall time only. */
  private static void assertSameBytes(Map<String, byte[]> expected, Map<String, byte[]> actual, String why) {
    assertEquals(expected.keySet(), actual.keySet(), why);
    for (String name : expected.keySet()) {
      if (RESULTS.stream().anyMatch(name::startsWith) || name.equals(RunOutput.SUCCESS_MARKER)) {
        assertArrayEquals(expected.get(name), actual.get(name), why + ": " + name);
      } else {
        assertFalse(actual.get(name).length == 0, name);
      }
    }
  }
}
