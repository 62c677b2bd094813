package org.newsdedup.pipelines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MoveOptions;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsdedup.io.WriteResults;
import org.newsdedup.model.Article;
import org.newsdedup.model.CleanedDocument;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.RawDocument;
import org.newsdedup.transforms.AttachGroups;
import org.newsdedup.transforms.CleanArticles;
import org.newsdedup.transforms.ExtractMetadata;
import org.newsdedup.transforms.GroupNearDuplicates;
import org.newsdedup.transforms.ReadArticles;

/**
 * The batch pipeline: read news text files, clean them, extract their metadata, group copies, and
 * write the results with a summary. {@code main} exits with an {@link ExitCode}.
 */
public final class NewsDedup {
  /** Held so the level set on it is not lost when the logger is garbage-collected. */
  private static final Logger BEAM_LOGGER = Logger.getLogger("org.apache.beam");

  private NewsDedup() {}

  public static void main(String[] args) {
    // Beam logs every temp file it writes at INFO; a command-line user wants warnings only.
    BEAM_LOGGER.setLevel(Level.WARNING);
    System.exit(execute(args, System.out, System.err).status());
  }

  /** Runs with command-line arguments and reports how it went, without exiting the JVM. */
  public static ExitCode execute(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("--help")) {
      PipelineOptionsFactory.printHelp(out, NewsDedupOptions.class);
      return ExitCode.SUCCESS;
    }
    NewsDedupOptions options;
    try {
      PipelineOptionsFactory.register(NewsDedupOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsDedupOptions.class);
      validate(options);
    } catch (IllegalArgumentException e) {
      err.println("newsdedup: " + e.getMessage());
      err.println("Run with --help to list the options.");
      return ExitCode.BAD_ARGUMENTS;
    }
    long started = System.nanoTime();
    PipelineResult.State state;
    try {
      state = run(options).waitUntilFinish();
    } catch (RuntimeException e) {
      err.println("newsdedup: the pipeline failed: " + e);
      return ExitCode.PIPELINE_FAILED;
    }
    if (state != PipelineResult.State.DONE) {
      err.println("newsdedup: the pipeline ended in state " + state);
      return ExitCode.PIPELINE_FAILED;
    }
    double wallSeconds = (System.nanoTime() - started) / 1e9;
    removeEmptyTempFolder(options.getOutput());
    try {
      ObjectNode summary = finishSummary(options.getOutput(), wallSeconds);
      out.println(summary.toPrettyString());
      return deadLetterVerdict(summary, options.getMaxDeadLetterRatio(), err);
    } catch (IOException e) {
      err.println("newsdedup: cannot read or write the summary: " + e);
      return ExitCode.PIPELINE_FAILED;
    }
  }

  private static void validate(NewsDedupOptions options) {
    if (options.getMaxDocumentBytes() < 1) {
      throw new IllegalArgumentException("--maxDocumentBytes must be positive");
    }
    if (options.getOutputShards() < 1) {
      throw new IllegalArgumentException("--outputShards must be positive");
    }
    double ratio = options.getMaxDeadLetterRatio();
    if (ratio < 0 || ratio > 1) {
      throw new IllegalArgumentException("--maxDeadLetterRatio must be between 0 and 1");
    }
    for (double threshold : new double[] {options.getMinJaccard(), options.getMinContainment()}) {
      if (threshold <= 0 || threshold > 1) {
        throw new IllegalArgumentException("--minJaccard and --minContainment must be in (0, 1]");
      }
    }
  }

  /** Builds and starts the pipeline; the caller waits for it. */
  public static PipelineResult run(NewsDedupOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options);
    return pipeline.run();
  }

  static void build(Pipeline pipeline, NewsDedupOptions options) {
    PCollection<FileIO.ReadableFile> files =
        pipeline
            .apply(
                "MatchInputs",
                FileIO.match()
                    .filepattern(options.getInput())
                    .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            .apply("OpenInputs", FileIO.readMatches());

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> read =
        files.apply(
            "ReadArticles",
            ReadArticles.matchedBy(options.getInput())
                .withMaxDocumentBytes(options.getMaxDocumentBytes()));
    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> cleaned =
        read.output().apply("CleanArticles", CleanArticles.create());
    PCollection<Article> articles =
        cleaned
            .output()
            .apply("ExtractMetadata", ExtractMetadata.create().withDateOrder(options.getDateOrder()));
    PCollection<DocumentGroup> duplicateGroups =
        articles.apply(
            "GroupNearDuplicates",
            GroupNearDuplicates.create()
                .withShingleSize(options.getShingleSize())
                .withBands(options.getMinhashBands(), options.getMinhashRows())
                .withThresholds(options.getMinJaccard(), options.getMinContainment()));
    PCollection<Article> grouped =
        articles.apply("AttachGroups", AttachGroups.from(duplicateGroups));
    PCollection<DeadLetter> deadLetters =
        PCollectionList.of(read.failures())
            .and(cleaned.failures())
            .apply("AllDeadLetters", Flatten.pCollections());

    PCollectionTuple.of(WriteResults.ARTICLES, grouped)
        .and(WriteResults.GROUPS, duplicateGroups)
        .and(WriteResults.DEAD_LETTERS, deadLetters)
        .and(WriteResults.INPUTS, files.apply("InputNames", MapElements.via(new FileNameFn())))
        .apply("WriteResults", WriteResults.to(options.getOutput(), options.getOutputShards()));
  }

  static final class FileNameFn extends SimpleFunction<FileIO.ReadableFile, String> {
    @Override
    public String apply(FileIO.ReadableFile file) {
      return file.getMetadata().resourceId().toString();
    }
  }

  /** Adds the wall time to the counts the pipeline wrote, and writes the summary back. */
  private static ObjectNode finishSummary(String output, double wallSeconds) throws IOException {
    ResourceId file =
        FileSystems.matchNewResource(output, true)
            .resolve(WriteResults.SUMMARY_FILE, StandardResolveOptions.RESOLVE_FILE);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode summary;
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      summary = (ObjectNode) mapper.readTree(in);
    }
    summary.put("wallTimeSeconds", Math.round(wallSeconds * 10) / 10.0);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, "application/json"))) {
      out.write((summary.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return summary;
  }

  /**
   * Beam's file writes leave their emptied temporary folder behind; a finished run removes it so
   * the output folder holds results only. A folder that is not empty is left alone.
   */
  private static void removeEmptyTempFolder(String output) {
    ResourceId temp =
        FileSystems.matchNewResource(output, true)
            .resolve(".temp-beam", StandardResolveOptions.RESOLVE_DIRECTORY);
    try {
      FileSystems.delete(List.of(temp), MoveOptions.StandardMoveOptions.IGNORE_MISSING_FILES);
    } catch (IOException stillHoldsFiles) {
      // Another writer's files are still in it: leave it as it is; the results stand.
    }
  }

  private static ExitCode deadLetterVerdict(ObjectNode summary, double maxRatio, PrintStream err) {
    long inputs = summary.path("inputs").asLong();
    long deadLetters = summary.path("deadLetters").asLong();
    double ratio = inputs == 0 ? 0 : (double) deadLetters / inputs;
    if (ratio > maxRatio) {
      err.printf(
          Locale.ROOT,
          "newsdedup: %d of %d inputs (%.1f%%) are dead letters, above --maxDeadLetterRatio=%s%n",
          deadLetters, inputs, ratio * 100, maxRatio);
      return ExitCode.TOO_MANY_DEAD_LETTERS;
    }
    return ExitCode.SUCCESS;
  }
}
