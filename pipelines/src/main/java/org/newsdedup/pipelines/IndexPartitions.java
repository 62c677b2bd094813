package org.newsdedup.pipelines;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;

/**
 * The nightly index's folder ({@code --index}): tonight's partition is staged and published like
 * the results ({@link RunOutput}), and partitions dated before the retention window are deleted
 * once the run is published. Only {@code date=YYYY-MM-DD} folders are ever deleted, and only the
 * files in them.
 */
final class IndexPartitions {
  private static final Pattern PARTITION_FILE =
      Pattern.compile("date=(\\d{4}-\\d{2}-\\d{2})[/\\\\][^/\\\\]+$");

  private final ResourceId root;
  private final RunOutput tonight;
  private final String firstRetainedDate;

  private IndexPartitions(ResourceId root, RunOutput tonight, String firstRetainedDate) {
    this.root = root;
    this.tonight = tonight;
    this.firstRetainedDate = firstRetainedDate;
  }

  /**
   * The index in {@code folder} for the night {@code runDate}, keeping {@code retentionDays}
   * earlier nights.
   *
   * @throws IllegalArgumentException when the run date is not a date
   */
  static IndexPartitions of(String folder, String runDate, int retentionDays) {
    RunOutput tonight = RunOutput.of(folder, runDate);
    String firstRetained = LocalDate.parse(runDate).minusDays(retentionDays).toString();
    return new IndexPartitions(FileSystems.matchNewResource(folder, true), tonight, firstRetained);
  }

  /** Where the pipeline writes tonight's entries. */
  String stagingFolder() {
    return tonight.stagingFolder();
  }

  void clearStaging() throws IOException {
    tonight.clearStaging();
  }

  /** Moves tonight's entries into {@code date=<runDate>/}, replacing an earlier run's. */
  void publish() throws IOException {
    tonight.publish();
  }

  /** The dates of the partitions older than the retention window, oldest first. */
  List<String> expiredDates() throws IOException {
    return new ArrayList<>(expiredFiles().keySet());
  }

  /** Deletes the partitions older than the retention window, files first, then their folders. */
  void dropExpired() throws IOException {
    for (Map.Entry<String, List<ResourceId>> partition : expiredFiles().entrySet()) {
      FileSystems.delete(partition.getValue(), StandardMoveOptions.IGNORE_MISSING_FILES);
      ResourceId folder =
          root.resolve("date=" + partition.getKey(), StandardResolveOptions.RESOLVE_DIRECTORY);
      try {
        FileSystems.delete(List.of(folder), StandardMoveOptions.IGNORE_MISSING_FILES);
      } catch (IOException notEmpty) {
        // An object store has no folders; a folder someone else put files in stays.
      }
    }
  }

  private TreeMap<String, List<ResourceId>> expiredFiles() throws IOException {
    String pattern = root.toString() + "date=*/*";
    MatchResult match = FileSystems.match(List.of(pattern), EmptyMatchTreatment.ALLOW).get(0);
    TreeMap<String, List<ResourceId>> expired = new TreeMap<>();
    if (match.status() == MatchResult.Status.NOT_FOUND) {
      return expired;
    }
    for (MatchResult.Metadata file : match.metadata()) {
      Matcher date = PARTITION_FILE.matcher(file.resourceId().toString());
      if (date.find() && date.group(1).compareTo(firstRetainedDate) < 0) {
        expired.computeIfAbsent(date.group(1), d -> new ArrayList<>()).add(file.resourceId());
      }
    }
    return expired;
  }
}
