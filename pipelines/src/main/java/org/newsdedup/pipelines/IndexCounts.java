package org.newsdedup.pipelines;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.newsdedup.io.ReadIndex;
import org.newsdedup.io.WriteIndex;
import org.newsdedup.io.WriteResults;
import org.newsdedup.transforms.JoinEarlierGroups;

/**
 * What a run did with the index, for {@code summary.json}: entries read from earlier nights,
 * entries written for tonight, tonight's groups that continue an earlier group, the index files
 * refused as damaged (they are dead letters too), the partitions in the window skipped because
 * their run never finished publishing them (no marker), and the partitions past the retention
 * window, which are deleted once the run is published.
 */
record IndexCounts(
    long entriesRead,
    long entriesWritten,
    long groupsContinued,
    long filesRefused,
    long partitionsSkipped,
    List<String> partitionsDropped) {
  static IndexCounts of(PipelineResult result, List<String> expiredDates) {
    Map<String, Long> counters = Progress.allCounters(result);
    return new IndexCounts(
        counters.getOrDefault(ReadIndex.class.getName() + ":entriesRead", 0L),
        counters.getOrDefault(WriteIndex.class.getName() + ":entriesWritten", 0L),
        counters.getOrDefault(JoinEarlierGroups.class.getName() + ":groupsContinued", 0L),
        counters.getOrDefault(ReadIndex.class.getName() + ":filesRefused", 0L),
        counters.getOrDefault(ReadIndex.class.getName() + ":partitionsSkipped", 0L),
        List.copyOf(expiredDates));
  }

  /** Adds an {@code index} object to the summary and writes it back into the folder. */
  void addTo(ObjectNode summary, String folder) throws IOException {
    ObjectNode index = summary.putObject("index");
    index.put("entriesRead", entriesRead);
    index.put("entriesWritten", entriesWritten);
    index.put("groupsContinued", groupsContinued);
    index.put("filesRefused", filesRefused);
    index.put("partitionsSkipped", partitionsSkipped);
    index.put("partitionsDropped", partitionsDropped.size());
    partitionsDropped.forEach(index.putArray("partitionsDroppedDates")::add);
    ResourceId file =
        FileSystems.matchNewResource(folder, true)
            .resolve(WriteResults.SUMMARY_FILE, StandardResolveOptions.RESOLVE_FILE);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, "application/json"))) {
      out.write((summary.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }
}
