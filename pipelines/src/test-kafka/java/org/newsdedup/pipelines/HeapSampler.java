package org.newsdedup.pipelines;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.OperatingSystemMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples this JVM's heap after a full collection at a fixed period: what the live objects
 * take, not what garbage happens to be waiting. {@code System.gc()} is a full collection with the
 * JVM's default collector (G1) unless explicit collections are disabled.
 */
final class HeapSampler implements AutoCloseable {
  /** One sample: seconds since the sampler started, heap used in MB, the load average. */
  record Sample(double seconds, double heapMb, double loadAverage) {}

  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final long started = System.nanoTime();

  private HeapSampler() {}

  static HeapSampler every(long periodSeconds) {
    HeapSampler sampler = new HeapSampler();
    sampler.timer.scheduleAtFixedRate(sampler::sample, 0, periodSeconds, TimeUnit.SECONDS);
    return sampler;
  }

  private void sample() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    System.gc();
    Sample sample =
        new Sample(
            (System.nanoTime() - started) / 1e9,
            memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0),
            os.getSystemLoadAverage());
    synchronized (samples) {
      samples.add(sample);
    }
  }

  List<Sample> samples() {
    synchronized (samples) {
      return List.copyOf(samples);
    }
  }

  /** The least-squares slope of heap over time, in MB a minute, of the samples from {@code fromSeconds}. */
  static double slopeMbPerMinute(List<Sample> samples, double fromSeconds) {
    List<Sample> used = samples.stream().filter(s -> s.seconds() >= fromSeconds).toList();
    double meanT = used.stream().mapToDouble(Sample::seconds).average().orElse(0);
    double meanH = used.stream().mapToDouble(Sample::heapMb).average().orElse(0);
    double covariance = 0;
    double variance = 0;
    for (Sample s : used) {
      covariance += (s.seconds() - meanT) * (s.heapMb() - meanH);
      variance += (s.seconds() - meanT) * (s.seconds() - meanT);
    }
    return variance == 0 ? 0 : 60 * covariance / variance;
  }

  @Override
  public void close() {
    timer.shutdownNow();
    try {
      timer.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
