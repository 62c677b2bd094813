package org.newsdedup.pipelines;

import java.io.IOException;
import java.nio.channels.WritableByteChannel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MoveOptions.StandardMoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.newsdedup.io.WriteResults;

/**
 * Where a run's results go and how they become visible. The pipeline writes into a staging
 * folder beside the results; only a run that finished replaces the previous results, file by
 * file, and then writes {@value #SUCCESS_MARKER}. A reader that waits for the marker never sees a
 * partial run, and a run killed half-way leaves the previous results (and no marker of its own).
 *
 * <p>With a run date the results go to {@code <output>/date=YYYY-MM-DD/}, so nightly runs make
 * one partition each and a re-run of a date replaces its partition. Without one they go straight
 * into {@code <output>/}. Files other than the results' own are never touched. The nightly index
 * ({@code --index}) is published the same way, one partition per run date.
 */
final class RunOutput {
  static final String SUCCESS_MARKER = WriteResults.SUCCESS_MARKER;
  /** The names a run writes; only these are replaced when a later run publishes. */
  private static final Pattern RESULT_FILE =
      Pattern.compile(
          "(articles|groups|dead-letter)-\\d{5}-of-\\d{5}\\.(jsonl|avro)|index-\\d{5}-of-\\d{5}\\.avro|"
              + "summary\\.json|report\\.html|"
              + SUCCESS_MARKER);

  private final ResourceId results;
  private final ResourceId staging;

  private RunOutput(ResourceId results, ResourceId staging) {
    this.results = results;
    this.staging = staging;
  }

  /**
   * The layout for an output folder and a run date ({@code YYYY-MM-DD}, or empty for none).
   *
   * @throws IllegalArgumentException when the run date is not a calendar date
   */
  static RunOutput of(String output, String runDate) {
    ResourceId root = FileSystems.matchNewResource(output, true);
    if (runDate.isEmpty()) {
      return new RunOutput(root, root.resolve(".staging", StandardResolveOptions.RESOLVE_DIRECTORY));
    }
    try {
      LocalDate.parse(runDate);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--runDate must be a date like 2024-01-30, got '" + runDate + "'");
    }
    String partition = "date=" + runDate;
    return new RunOutput(
        root.resolve(partition, StandardResolveOptions.RESOLVE_DIRECTORY),
        root.resolve(".staging-" + partition, StandardResolveOptions.RESOLVE_DIRECTORY));
  }

  /** The folder the pipeline writes into. */
  String stagingFolder() {
    return staging.toString();
  }

  /** The folder readers find the results in once {@link #SUCCESS_MARKER} is there. */
  String resultsFolder() {
    return results.toString();
  }

  /** Removes what a killed run may have left in the staging folder, before a new run writes. */
  void clearStaging() throws IOException {
    delete(resultFiles(staging));
  }

  /**
   * Replaces the previous results with the staged ones: first the old marker goes, then the old
   * results, then the staged files move in, and the new marker comes last.
   */
  void publish() throws IOException {
    List<ResourceId> staged = resultFiles(staging);
    delete(List.of(marker()));
    delete(resultFiles(results));
    List<ResourceId> destinations = new ArrayList<>();
    for (ResourceId file : staged) {
      destinations.add(results.resolve(file.getFilename(), StandardResolveOptions.RESOLVE_FILE));
    }
    FileSystems.rename(staged, destinations);
    try (WritableByteChannel marker = FileSystems.create(marker(), "text/plain")) {
      // An empty file: its presence is the signal.
    }
    removeStagingFolders();
  }

  private ResourceId marker() {
    return results.resolve(SUCCESS_MARKER, StandardResolveOptions.RESOLVE_FILE);
  }

  /**
   * The staging folder and Beam's temporary folder inside it are empty after a publish; an object
   * store has no folders to remove, and a folder someone else put files in is left alone.
   */
  private void removeStagingFolders() {
    ResourceId beamTemp = staging.resolve(".temp-beam", StandardResolveOptions.RESOLVE_DIRECTORY);
    for (ResourceId folder : List.of(beamTemp, staging)) {
      try {
        FileSystems.delete(List.of(folder), StandardMoveOptions.IGNORE_MISSING_FILES);
      } catch (IOException notEmpty) {
        return;
      }
    }
  }

  private static List<ResourceId> resultFiles(ResourceId folder) throws IOException {
    String pattern = folder.resolve("*", StandardResolveOptions.RESOLVE_FILE).toString();
    MatchResult match =
        FileSystems.match(List.of(pattern), EmptyMatchTreatment.ALLOW).get(0);
    List<ResourceId> files = new ArrayList<>();
    if (match.status() == MatchResult.Status.NOT_FOUND) {
      return files;
    }
    for (MatchResult.Metadata metadata : match.metadata()) {
      if (RESULT_FILE.matcher(metadata.resourceId().getFilename()).matches()) {
        files.add(metadata.resourceId());
      }
    }
    return files;
  }

  private static void delete(List<ResourceId> files) throws IOException {
    FileSystems.delete(files, StandardMoveOptions.IGNORE_MISSING_FILES);
  }
}
