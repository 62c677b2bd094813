package org.newsdedup.pipelines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.newsdedup.transforms.GroupNearDuplicates;

/**
 * What the duplicate tier's counters report after a run: the duplicate groups larger than {@code
 * --maxGroupSize} and the members split off them ({@code SplitOversizedGroups}), and the work of
 * the tier: pairs proposed by LSH bands and by shared anchor shingles (a pair once per band or
 * anchor it shares), distinct candidate pairs verified, near-copy edges kept, common shingles
 * found, LSH buckets over the size cap. Committed values where the runner keeps them, else
 * attempted ones.
 */
record DuplicateTierCounts(
    long oversizedGroups,
    long splitMembers,
    long bandPairs,
    long anchorPairs,
    long candidatePairs,
    long nearCopyEdges,
    long commonShingles,
    long oversizedBuckets) {
  static DuplicateTierCounts of(PipelineResult result) {
    Map<String, Long> counters = Progress.allCounters(result);
    String namespace = GroupNearDuplicates.class.getName() + ":";
    return new DuplicateTierCounts(
        counters.getOrDefault(namespace + "oversizedGroups", 0L),
        counters.getOrDefault(namespace + "splitMembers", 0L),
        counters.getOrDefault(namespace + "bandPairs", 0L),
        counters.getOrDefault(namespace + "anchorPairs", 0L),
        counters.getOrDefault(namespace + "candidatePairs", 0L),
        counters.getOrDefault(namespace + "nearCopyEdges", 0L),
        counters.getOrDefault(namespace + "commonShingles", 0L),
        counters.getOrDefault(namespace + "oversizedBuckets", 0L));
  }

  void addTo(ObjectNode summary) {
    ObjectNode splits = summary.putObject("duplicateGroupSplits");
    splits.put("groups", oversizedGroups);
    splits.put("members", splitMembers);
    ObjectNode work = summary.putObject("duplicateTier");
    work.put("bandPairs", bandPairs);
    work.put("anchorPairs", anchorPairs);
    work.put("candidatePairs", candidatePairs);
    work.put("nearCopyEdges", nearCopyEdges);
    work.put("commonShingles", commonShingles);
    work.put("oversizedBuckets", oversizedBuckets);
  }
}
