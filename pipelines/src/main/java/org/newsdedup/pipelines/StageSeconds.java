package org.newsdedup.pipelines;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.newsdedup.transforms.StageTime;

/**
 * The busy seconds of each pipeline stage after a run, from the {@link StageTime} counters:
 * time spent inside the stage's DoFns summed over all workers, not elapsed time (stages run
 * interleaved, and on many cores at once). A stage that did not run (the story tier under
 * {@code --tiers=duplicate}) is left out.
 */
final class StageSeconds {
  private StageSeconds() {}

  static ObjectNode of(PipelineResult result) {
    Map<String, Long> counters = Progress.allCounters(result);
    ObjectNode seconds = JsonNodeFactory.instance.objectNode();
    for (String stage : StageTime.STAGES) {
      Long nanos = counters.get(StageTime.NAMESPACE + ":" + stage);
      if (nanos != null) {
        seconds.put(stage, Math.round(nanos / 1e7) / 100.0);
      }
    }
    return seconds;
  }
}
