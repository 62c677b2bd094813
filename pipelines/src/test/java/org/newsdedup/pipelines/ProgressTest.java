package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  @TempDir Path temp;

  @Test
  void aRunListsItsCountersWhenItEnds() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code =
        NewsDedup.execute(
            new String[] {
              "--input=../testdata/seeds/*.txt", "--output=" + temp.resolve("out"), "--tiers=duplicate"
            },
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertEquals(ExitCode.SUCCESS, code);
    String log = err.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("newsdedup: metrics:"), log);
    assertTrue(log.contains("  newsdedup:filesRead = 5\n"), log);
    assertTrue(log.contains("  newsdedup:articles = 5\n"), log);
    assertTrue(log.contains("  newsdedup:groups = 1\n"), log);
  }

  @Test
  void theProgressLineShowsTheCountersSoFar() throws InterruptedException {
    Pipeline pipeline = Pipeline.create(PipelineOptionsFactory.create());
    pipeline
        .apply("Files", Create.of(List.of("a", "b", "c")))
        .apply("CountFilesRead", ParDo.of(new Progress.CountFn<>("filesRead")));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    String line = "";
    try (Progress progress =
        Progress.every(1, result, new PrintStream(err, true, StandardCharsets.UTF_8))) {
      for (int waited = 0; waited < 100 && line.isEmpty(); waited++) {
        Thread.sleep(100);
        line = err.toString(StandardCharsets.UTF_8);
      }
    }

    assertTrue(
        line.startsWith(
            "newsdedup: progress: filesRead 3, articles 0, deadLetters 0, groups 0\n"),
        line);
  }
}
