package org.newsdedup.pipelines;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * A run's progress as Beam counters in the {@value #NAMESPACE} namespace, and the line that shows
 * them while the run goes on. Counters are added up by the runner across workers; a runner that
 * reports metrics only when the job ends (Flink and Spark in batch) shows them at the end only.
 */
final class Progress implements AutoCloseable {
  static final String NAMESPACE = "newsdedup";
  /** The counters the progress line shows, in its order. */
  static final List<String> SHOWN = List.of("filesRead", "articles", "deadLetters", "groups");

  private final PipelineResult result;
  private final PrintStream err;
  private final ScheduledExecutorService timer;

  private Progress(PipelineResult result, PrintStream err, long intervalSeconds) {
    this.result = result;
    this.err = err;
    this.timer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "newsdedup-progress");
              thread.setDaemon(true);
              return thread;
            });
    timer.scheduleAtFixedRate(this::logLine, intervalSeconds, intervalSeconds, TimeUnit.SECONDS);
  }

  /** Logs a progress line every {@code intervalSeconds} until closed. */
  static Progress every(long intervalSeconds, PipelineResult result, PrintStream err) {
    return new Progress(result, err, intervalSeconds);
  }

  private void logLine() {
    Map<String, Long> counters = counters(result, true);
    List<String> parts = new ArrayList<>();
    for (String name : SHOWN) {
      parts.add(name + " " + counters.getOrDefault(name, 0L));
    }
    err.println("newsdedup: progress: " + String.join(", ", parts));
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** The run's counters of every namespace, by {@code namespace:name}; committed where known. */
  static Map<String, Long> allCounters(PipelineResult result) {
    return read(result.metrics().queryMetrics(MetricsFilter.builder().build()), false, true);
  }

  private static Map<String, Long> counters(PipelineResult result, boolean attempted) {
    MetricQueryResults metrics;
    try {
      metrics = result.metrics().queryMetrics(MetricsFilter.builder().build());
    } catch (UnsupportedOperationException | IllegalStateException notYet) {
      return Map.of();
    }
    return read(metrics, attempted, false);
  }

  private static Map<String, Long> read(
      MetricQueryResults metrics, boolean attempted, boolean qualified) {
    Map<String, Long> counters = new TreeMap<>();
    for (MetricResult<Long> counter : metrics.getCounters()) {
      String namespace = counter.getName().getNamespace();
      if (!qualified && !namespace.equals(NAMESPACE)) {
        continue;
      }
      long value = attempted ? counter.getAttempted() : committedOrAttempted(counter);
      String name = qualified ? namespace + ":" + counter.getName().getName() : counter.getName().getName();
      counters.merge(name, value, Long::sum);
    }
    return counters;
  }

  private static long committedOrAttempted(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException notCommitted) {
      return counter.getAttempted();
    }
  }

  /** Counts the elements of a collection in the progress counter of the given name. */
  static final class CountFn<T> extends DoFn<T, Void> {
    private final Counter counter;

    CountFn(String name) {
      this.counter = Metrics.counter(NAMESPACE, name);
    }

    @ProcessElement
    public void process() {
      counter.inc();
    }
  }
}
