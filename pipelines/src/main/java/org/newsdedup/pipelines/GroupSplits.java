package org.newsdedup.pipelines;

import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.newsdedup.transforms.GroupNearDuplicates;

/**
 * How many duplicate groups were larger than {@code --maxGroupSize} and how many of their members
 * were split off, as the pipeline's counters report them after a run (see {@code
 * SplitOversizedGroups}). Committed values where the runner keeps them, else attempted ones.
 */
record GroupSplits(long groups, long members) {
  static GroupSplits of(PipelineResult result) {
    return new GroupSplits(counter(result, "oversizedGroups"), counter(result, "splitMembers"));
  }

  private static long counter(PipelineResult result, String name) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named(GroupNearDuplicates.class, name))
                    .build());
    long total = 0;
    for (MetricResult<Long> counter : metrics.getCounters()) {
      total += committedOrAttempted(counter);
    }
    return total;
  }

  private static long committedOrAttempted(MetricResult<Long> counter) {
    try {
      return counter.getCommitted();
    } catch (UnsupportedOperationException notKept) {
      return counter.getAttempted();
    }
  }
}
