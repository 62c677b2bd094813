package org.newsdedup.transforms;

import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Busy time per pipeline stage: the nanoseconds each stage's DoFns spend in the text calls they
 * adapt, counted in Beam counters of the {@value #NAMESPACE} namespace, one per stage. Stages of
 * a Beam pipeline run interleaved on many workers, so the elapsed time of one stage is not
 * defined; the time spent inside it, summed over workers, is. Only the text call is timed, not
 * the output call after it: on a runner that chains steps, output runs the next step at once.
 */
public final class StageTime {
  public static final String NAMESPACE = "newsdedup.stageNanos";
  public static final String READ = "read";
  public static final String CLEAN = "clean";
  public static final String METADATA = "metadata";
  public static final String FINGERPRINT = "fingerprint";
  public static final String DUPLICATE_GROUPING = "duplicateGrouping";
  public static final String STORY_GROUPING = "storyGrouping";
  public static final String WRITE = "write";
  /** Every stage, in pipeline order. */
  public static final List<String> STAGES =
      List.of(READ, CLEAN, METADATA, FINGERPRINT, DUPLICATE_GROUPING, STORY_GROUPING, WRITE);

  private StageTime() {}

  /** The counter a DoFn of the stage adds its nanoseconds to. */
  public static Counter of(String stage) {
    if (!STAGES.contains(stage)) {
      throw new IllegalArgumentException("no stage named " + stage);
    }
    return Metrics.counter(NAMESPACE, stage);
  }

  /** Nanoseconds since {@code started}, a {@link System#nanoTime()} reading. */
  public static long since(long started) {
    return System.nanoTime() - started;
  }
}
