package org.newsdedup.pipelines;

import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.newsdedup.transforms.GroupNearDuplicates;

/**
 * How many duplicate groups were larger than {@code --maxGroupSize} and how many of their members
 * were split off, as the pipeline's counters report them after a run (see {@code
 * SplitOversizedGroups}). Committed values where the runner keeps them, else attempted ones.
 */
record GroupSplits(long groups, long members) {
  static GroupSplits of(PipelineResult result) {
    Map<String, Long> counters = Progress.allCounters(result);
    String namespace = GroupNearDuplicates.class.getName() + ":";
    return new GroupSplits(
        counters.getOrDefault(namespace + "oversizedGroups", 0L),
        counters.getOrDefault(namespace + "splitMembers", 0L));
  }
}
