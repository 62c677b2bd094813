package org.newsdedup.io;

import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.windowing.FixedWindows;
import org.apache.beam.sdk.transforms.windowing.Window;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.joda.time.Duration;

/**
 * Writes a stream of JSON lines as one file per window of event time, named {@code
 * <name>-<window start>-<window end>-<pane>-00000-of-00001.jsonl} in the output folder. A window's
 * file appears once the watermark has passed the window's end; lines that arrive later (within
 * the allowed lateness) go to a further file of the same window, with the next pane number.
 */
public final class WriteWindowedJsonLines extends PTransform<PCollection<String>, PDone> {
  private final String folder;
  private final String name;
  private final Duration window;
  private final Duration allowedLateness;

  private WriteWindowedJsonLines(
      String folder, String name, Duration window, Duration allowedLateness) {
    this.folder = folder;
    this.name = name;
    this.window = window;
    this.allowedLateness = allowedLateness;
  }

  /** Files named {@code name} in {@code folder}, one per {@code window} of event time. */
  public static WriteWindowedJsonLines to(
      String folder, String name, Duration window, Duration allowedLateness) {
    if (!window.isLongerThan(Duration.ZERO)) {
      throw new IllegalArgumentException("the window must be positive, got " + window);
    }
    return new WriteWindowedJsonLines(folder, name, window, allowedLateness);
  }

  @Override
  public PDone expand(PCollection<String> lines) {
    ResourceId prefix =
        FileSystems.matchNewResource(folder, true)
            .resolve(name + "-", StandardResolveOptions.RESOLVE_FILE);
    return lines
        .apply(
            "Window",
            Window.<String>into(FixedWindows.of(window))
                .withAllowedLateness(allowedLateness)
                .discardingFiredPanes())
        .apply(
            "Write",
            TextIO.write()
                .to(prefix)
                .withSuffix(".jsonl")
                .withWindowedWrites()
                .withNumShards(1));
  }
}
