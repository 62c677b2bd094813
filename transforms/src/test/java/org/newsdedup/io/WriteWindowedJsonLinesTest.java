package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.values.TimestampedValue;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A stream of lines into one file per window of event time, and a further file for late lines. */
@ExtendWith(TestPipelineExtension.class)
class WriteWindowedJsonLinesTest {
  private static final Instant START = Instant.parse("2024-01-29T08:00:00Z");

  @TempDir Path folder;

  private static TimestampedValue<String> line(String text, int second) {
    return TimestampedValue.of(text, START.plus(Duration.standardSeconds(second)));
  }

  @Test
  void eachWindowIsOneFileOnceTheWatermarkPassesAndLateLinesAFurtherOne(TestPipeline pipeline)
      throws IOException {
    TestStream<String> lines =
        TestStream.create(StringUtf8Coder.of())
            .addElements(line("{\"n\":1}", 10), line("{\"n\":2}", 50), line("{\"n\":3}", 90))
            .advanceWatermarkTo(START.plus(Duration.standardSeconds(150)))
            // Behind the watermark, but within the five minutes of allowed lateness.
            .addElements(line("{\"n\":4}", 20))
            .advanceWatermarkToInfinity();

    pipeline
        .apply(lines)
        .apply(
            WriteWindowedJsonLines.to(
                folder.toString(), "assignments", Duration.standardMinutes(1),
                Duration.standardMinutes(5)));
    pipeline.run().waitUntilFinish();

    String first = "assignments-2024-01-29T08:00:00.000Z-2024-01-29T08:01:00.000Z-";
    String second = "assignments-2024-01-29T08:01:00.000Z-2024-01-29T08:02:00.000Z-";
    assertEquals(
        Map.of(
            first + "pane-0-00000-of-00001.jsonl", List.of("{\"n\":1}", "{\"n\":2}"),
            first + "pane-1-late-00000-of-00001.jsonl", List.of("{\"n\":4}"),
            second + "pane-0-00000-of-00001.jsonl", List.of("{\"n\":3}")),
        files());
  }

  @Test
  void theWindowMustBePositive() {
    assertThrows(
        IllegalArgumentException.class,
        () -> WriteWindowedJsonLines.to("out/", "assignments", Duration.ZERO, Duration.ZERO));
  }

  /** Each file written, by name, with its lines sorted. */
  private Map<String, List<String>> files() throws IOException {
    Map<String, List<String>> files = new TreeMap<>();
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        List<String> content = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        content.sort(null);
        files.put(file.getFileName().toString(), content);
      }
    }
    return files;
  }
}
