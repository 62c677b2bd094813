package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exit codes a scheduler relies on, from {@code execute} and from a real process. */
class ExitCodeTest {
  private static final Path TESTDATA = Path.of("..", "testdata");

  @TempDir Path temp;

  @Test
  void missingRequiredOptionsAreBadArguments() {
    assertEquals(ExitCode.BAD_ARGUMENTS, NewsDedupTest.run("--output=" + temp));
  }

  @Test
  void unknownOptionsAreBadArguments() {
    assertEquals(
        ExitCode.BAD_ARGUMENTS,
        NewsDedupTest.run("--input=x/*.txt", "--output=" + temp, "--shingleSise=4"));
  }

  @Test
  void valuesOutOfRangeAreBadArguments() {
    assertEquals(
        ExitCode.BAD_ARGUMENTS,
        NewsDedupTest.run("--input=x/*.txt", "--output=" + temp, "--maxDeadLetterRatio=2"));
    assertEquals(
        ExitCode.BAD_ARGUMENTS,
        NewsDedupTest.run("--input=x/*.txt", "--output=" + temp, "--minJaccard=0"));
    assertEquals(
        ExitCode.BAD_ARGUMENTS,
        NewsDedupTest.run("--input=x/*.txt", "--output=" + temp, "--outputShards=0"));
    assertEquals(
        ExitCode.BAD_ARGUMENTS,
        NewsDedupTest.run("--input=x/*.txt", "--output=" + temp, "--commonShingleFloor=1"));
  }

  @Test
  void tooManyDeadLettersFailTheRunButKeepTheOutput() throws IOException {
    Path in = temp.resolve("in");
    Files.createDirectories(in);
    Files.copy(TESTDATA.resolve("seeds/004_98d0749b56e2a244.txt"), in.resolve("article.txt"));
    Files.copy(TESTDATA.resolve("bad-input/empty.txt"), in.resolve("empty.txt"));
    Path out = temp.resolve("out");

    ExitCode code =
        NewsDedupTest.run("--input=" + in + "/*", "--output=" + out, "--maxDeadLetterRatio=0.25");

    assertEquals(ExitCode.TOO_MANY_DEAD_LETTERS, code);
    assertEquals(1, NewsDedupTest.readLines(out, "articles").size());
    assertEquals(1, NewsDedupTest.readLines(out, "dead-letter").size());
  }

  @Test
  void aRunThatCannotWriteItsOutputFailsThePipeline() throws IOException {
    Path blocker = temp.resolve("not-a-folder");
    Files.writeString(blocker, "a file where the output folder should go");

    ExitCode code =
        NewsDedupTest.run(
            "--input=" + TESTDATA.resolve("seeds") + "/*.txt", "--output=" + blocker + "/out");

    assertEquals(ExitCode.PIPELINE_FAILED, code);
  }

  @Test
  void helpListsEveryOptionWithItsDescriptionAndDefault() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    ExitCode code = NewsDedup.execute(new String[] {"--help"}, out, out);

    String help = printed.toString(StandardCharsets.UTF_8);
    assertEquals(ExitCode.SUCCESS, code);
    for (String option :
        List.of("--input", "--output", "--maxDocumentBytes", "--dateOrder", "--shingleSize",
            "--minhashBands", "--minhashRows", "--minJaccard", "--minContainment",
            "--outputShards", "--maxDeadLetterRatio")) {
      assertTrue(help.contains(option), option + " is listed");
    }
    assertTrue(help.contains("Default: 5000000"), "defaults are shown");
    assertTrue(help.contains("Glob of the news text files"), "descriptions are shown");
  }

  @Test
  void theProcessExitsWithTheCodeOfItsOutcome() throws Exception {
    assertEquals(2, runProcess("--output=" + temp.resolve("a")));
    assertEquals(
        0,
        runProcess(
            "--input=" + TESTDATA.resolve("seeds") + "/*.txt", "--output=" + temp.resolve("b")));
  }

  private static int runProcess(String... args) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(NewsDedup.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the process finishes");
    return process.exitValue();
  }
}
