package org.newsdedup.pipelines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.ResolveOptions.StandardResolveOptions;
import org.apache.beam.sdk.io.fs.ResourceId;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.newsdedup.io.OutputFormat;
import org.newsdedup.io.WriteResults;
import org.newsdedup.model.Article;
import org.newsdedup.model.CleanedDocument;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.RawDocument;
import org.newsdedup.text.CleaningMode;
import org.newsdedup.text.InputFormat;
import org.newsdedup.transforms.AttachGroups;
import org.newsdedup.transforms.CleanArticles;
import org.newsdedup.transforms.EmbedStories;
import org.newsdedup.transforms.ExtractMetadata;
import org.newsdedup.transforms.GroupNearDuplicates;
import org.newsdedup.transforms.GroupSameStory;
import org.newsdedup.transforms.MatchFiles;
import org.newsdedup.transforms.ReadArticles;

/**
 * The batch pipeline: read news text files, clean them, extract their metadata, group copies, and
 * write the results with a summary. {@code main} exits with an {@link ExitCode}.
 */
public final class NewsDedup {
  /** Held so the level set on it is not lost when the logger is garbage-collected. */
  private static final Logger BEAM_LOGGER = Logger.getLogger("org.apache.beam");
  /**
   * Beam's file sink warns after every successful single-file write that it found no temporary
   * files left to remove; the warning says nothing a user can act on.
   */
  private static final Logger FILE_SINK_LOGGER =
      Logger.getLogger("org.apache.beam.sdk.io.FileBasedSink");
  /**
   * The runners' loggers, held for the same reason: Flink, its Pekko and Spark log every task at
   * INFO, and Flink warns hundreds of times a run that operator names are long. A failed run
   * still reports its cause (Beam's runner logs it, and {@code execute} prints it).
   */
  private static final Map<Logger, Level> RUNNER_LOGGERS =
      Map.of(
          Logger.getLogger("org.apache.flink"), Level.SEVERE,
          Logger.getLogger("org.apache.pekko"), Level.WARNING,
          Logger.getLogger("org.apache.spark"), Level.WARNING,
          Logger.getLogger("org.sparkproject"), Level.WARNING);

  /**
   * DJL (the story tier's tokenizer) probes for a GPU and warns when a CUDA library is present
   * without a driver: irrelevant to a CPU-only model. Held for the same reason.
   */
  private static final Logger DJL_LOGGER = Logger.getLogger("ai.djl");

  private NewsDedup() {}

  public static void main(String[] args) {
    // Beam logs every temp file it writes at INFO; a command-line user wants warnings only.
    BEAM_LOGGER.setLevel(Level.WARNING);
    FILE_SINK_LOGGER.setLevel(Level.SEVERE);
    DJL_LOGGER.setLevel(Level.SEVERE);
    RUNNER_LOGGERS.forEach(Logger::setLevel);
    System.exit(execute(args, System.out, System.err).status());
  }

  /** Runs with command-line arguments and reports how it went, without exiting the JVM. */
  public static ExitCode execute(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("--help")) {
      PipelineOptionsFactory.printHelp(out, NewsDedupOptions.class);
      return ExitCode.SUCCESS;
    }
    NewsDedupOptions options;
    RunOutput output;
    IndexPartitions index;
    try {
      PipelineOptionsFactory.register(NewsDedupOptions.class);
      options = PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsDedupOptions.class);
      options = flinkDefaults(args, options);
      validate(options);
      // The output's filesystem (gs://, ...) must be known before the pipeline is built.
      FileSystems.setDefaultPipelineOptions(options);
      output = RunOutput.of(options.getOutput(), options.getRunDate());
      index = indexOf(options);
    } catch (IllegalArgumentException e) {
      err.println("newsdedup: " + e.getMessage());
      err.println("Run with --help to list the options.");
      return ExitCode.BAD_ARGUMENTS;
    }
    long started = System.nanoTime();
    PipelineResult result;
    PipelineResult.State state;
    try {
      output.clearStaging();
      if (index != null) {
        index.clearStaging();
      }
      result = run(options);
      state = waitWithProgress(result, options.getProgressSeconds(), err);
    } catch (IOException | RuntimeException e) {
      err.println("newsdedup: the pipeline failed: " + e);
      return ExitCode.PIPELINE_FAILED;
    }
    if (state != PipelineResult.State.DONE) {
      err.println("newsdedup: the pipeline ended in state " + state);
      return ExitCode.PIPELINE_FAILED;
    }
    listMetrics(result, err);
    double wallSeconds = (System.nanoTime() - started) / 1e9;
    try {
      ObjectNode summary =
          finishSummary(
              output.stagingFolder(), wallSeconds, DuplicateTierCounts.of(result), StageSeconds.of(result));
      if (index != null) {
        IndexCounts.of(result, index.expiredDates()).addTo(summary, output.stagingFolder());
        index.publish();
      }
      output.publish();
      if (index != null) {
        index.dropExpired();
      }
      out.println(summary.toPrettyString());
      return deadLetterVerdict(summary, options.getMaxDeadLetterRatio(), err);
    } catch (IOException e) {
      err.println("newsdedup: cannot publish the results in " + output.resultsFolder() + ": " + e);
      return ExitCode.PIPELINE_FAILED;
    }
  }

  private static void validate(NewsDedupOptions options) {
    if (options.getMaxDocumentBytes() < 1) {
      throw new IllegalArgumentException("--maxDocumentBytes must be positive");
    }
    if (options.getProgressSeconds() < 0) {
      throw new IllegalArgumentException("--progressSeconds must be at least 0");
    }
    outputFormat(options);
    if (options.getMaxGroupSize() < 2) {
      throw new IllegalArgumentException("--maxGroupSize must be at least 2");
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
    if (options.getCommonShingleFloor() < 2) {
      throw new IllegalArgumentException("--commonShingleFloor must be at least 2");
    }
    storyTier(options);
    CleaningMode.parse(options.getCleaning());
    InputFormat.parse(options.getInputFormat());
    if (options.getStoryWindowDays() < 0) {
      throw new IllegalArgumentException("--storyWindowDays must be at least 0");
    }
    if (!options.getIndex().isEmpty() && options.getRunDate().isEmpty()) {
      throw new IllegalArgumentException("--index needs --runDate: the index keeps one partition per night");
    }
    if (options.getRetentionDays() < 0) {
      throw new IllegalArgumentException("--retentionDays must be at least 0");
    }
    double minCosine = options.getMinCosine();
    if (!(minCosine > 0 && minCosine <= 1)) {
      throw new IllegalArgumentException("--minCosine must be in (0, 1]");
    }
  }

  /**
   * The index of a nightly run with --index, else null.
   *
   * @throws IllegalArgumentException when the index is the output folder: both stage and publish
   *     a partition per night, and each would publish the other's files
   */
  static @Nullable IndexPartitions indexOf(NewsDedupOptions options) {
    if (options.getIndex().isEmpty()) {
      return null;
    }
    if (FileSystems.matchNewResource(options.getIndex(), true)
        .equals(FileSystems.matchNewResource(options.getOutput(), true))) {
      throw new IllegalArgumentException("--index must be a folder of its own, not --output");
    }
    return IndexPartitions.of(options.getIndex(), options.getRunDate(), options.getRetentionDays());
  }

  static OutputFormat outputFormat(NewsDedupOptions options) {
    switch (options.getFormat().strip().toLowerCase(Locale.ROOT)) {
      case "jsonl":
        return OutputFormat.JSONL;
      case "avro":
        return OutputFormat.AVRO;
      default:
        throw new IllegalArgumentException(
            "--format must be 'jsonl' or 'avro', got '" + options.getFormat() + "'");
    }
  }

  /**
   * Whether --tiers asks for the story tier: {@code duplicate} or {@code duplicate,story} (in
   * either order). The story tier builds on the duplicate tier, so {@code story} alone is refused.
   */
  static boolean storyTier(NewsDedupOptions options) {
    Set<String> tiers = new TreeSet<>();
    for (String tier : options.getTiers().split(",", -1)) {
      tiers.add(tier.strip().toLowerCase(Locale.ROOT));
    }
    if (tiers.equals(Set.of(DocumentGroup.TIER_DUPLICATE))) {
      return false;
    }
    if (tiers.equals(Set.of(DocumentGroup.TIER_DUPLICATE, DocumentGroup.TIER_STORY))) {
      return true;
    }
    throw new IllegalArgumentException(
        "--tiers must be 'duplicate' or 'duplicate,story' (the story tier builds on the "
            + "duplicate tier), got '" + options.getTiers() + "'");
  }

  /**
   * Defaults for the Flink runner, each unless the arguments set it. Some steps read a group's
   * values twice, which Beam allows and the Direct and Spark runners support; the Flink runner
   * hands them over as a once-only iterable ("GBK result is not re-iterable") unless
   * --reIterableGroupByKeyResult is on, so it is turned on (Flink then holds each group's values
   * in memory). In the embedded cluster ({@code --flinkMaster=[local]}) Beam runs one instance
   * of each step when no parallelism is configured, which leaves all but one core to the few
   * steps that happen to overlap: there the parallelism is the number of cores.
   */
  static NewsDedupOptions flinkDefaults(String[] args, NewsDedupOptions options) {
    if (!options.getRunner().getSimpleName().endsWith("FlinkRunner")) {
      return options;
    }
    List<String> withDefaults = new ArrayList<>(Arrays.asList(args));
    if (!setInArgs(args, "--reIterableGroupByKeyResult")) {
      withDefaults.add("--reIterableGroupByKeyResult=true");
    }
    if (Arrays.asList(args).contains("--flinkMaster=[local]") && !setInArgs(args, "--parallelism")) {
      withDefaults.add("--parallelism=" + Runtime.getRuntime().availableProcessors());
    }
    if (withDefaults.size() == args.length) {
      return options;
    }
    return PipelineOptionsFactory.fromArgs(withDefaults.toArray(String[]::new))
        .withValidation()
        .as(NewsDedupOptions.class);
  }

  private static boolean setInArgs(String[] args, String option) {
    return Arrays.stream(args).anyMatch(arg -> arg.startsWith(option));
  }

  private static PipelineResult.State waitWithProgress(
      PipelineResult result, int progressSeconds, PrintStream err) {
    if (progressSeconds == 0) {
      return result.waitUntilFinish();
    }
    try (Progress progress = Progress.every(progressSeconds, result, err)) {
      return result.waitUntilFinish();
    }
  }

  private static void listMetrics(PipelineResult result, PrintStream err) {
    Map<String, Long> counters = Progress.allCounters(result);
    if (!counters.isEmpty()) {
      err.println("newsdedup: metrics:");
      counters.forEach((name, value) -> err.println("  " + name + " = " + value));
    }
  }

  /**
   * Builds and starts the pipeline, which writes into the staging folder of the options' {@link
   * RunOutput}; the caller waits for it and publishes the results.
   */
  public static PipelineResult run(NewsDedupOptions options) {
    // The Direct Runner returns at once, so progress can be shown while it runs.
    options.as(DirectOptions.class).setBlockOnRun(false);
    Pipeline pipeline = Pipeline.create(options);
    build(pipeline, options, RunOutput.of(options.getOutput(), options.getRunDate()).stagingFolder());
    return pipeline.run();
  }

  static void build(Pipeline pipeline, NewsDedupOptions options, String resultsFolder) {
    PCollection<FileIO.ReadableFile> files =
        pipeline.apply("MatchInputs", MatchFiles.matching(options.getInput()));
    files.apply("CountFilesRead", ParDo.of(new Progress.CountFn<>("filesRead")));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> read =
        files.apply(
            "ReadArticles",
            ReadArticles.matchedBy(options.getInput())
                .withMaxDocumentBytes(options.getMaxDocumentBytes()));
    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> cleaned =
        read.output()
            .apply(
                "CleanArticles",
                CleanArticles.create()
                    .withMode(CleaningMode.parse(options.getCleaning()))
                    .withInputFormat(InputFormat.parse(options.getInputFormat())));
    WithFailures.Result<PCollection<Article>, DeadLetter> extracted =
        cleaned
            .output()
            .apply("ExtractMetadata", ExtractMetadata.create().withDateOrder(options.getDateOrder()));
    PCollection<Article> articles = extracted.output();
    articles.apply("CountArticles", ParDo.of(new Progress.CountFn<>("articles")));
    PCollection<DocumentGroup> duplicateGroups =
        articles.apply(
            "GroupNearDuplicates",
            GroupNearDuplicates.create()
                .withShingleSize(options.getShingleSize())
                .withBands(options.getMinhashBands(), options.getMinhashRows())
                .withThresholds(options.getMinJaccard(), options.getMinContainment())
                .withMaxGroupSize(options.getMaxGroupSize())
                .withCommonShingleFloor(options.getCommonShingleFloor()));
    PCollection<Article> grouped =
        articles.apply("AttachGroups", AttachGroups.from(duplicateGroups));
    PCollection<DocumentGroup> groups = duplicateGroups;
    PCollectionTuple embedded = null;
    if (storyTier(options)) {
      embedded = articles.apply("EmbedStories", EmbedStories.create());
      PCollection<DocumentGroup> storyGroups =
          articles.apply(
              "GroupSameStory",
              GroupSameStory.create()
                  .withStoryWindowDays(options.getStoryWindowDays())
                  .withMinCosine(options.getMinCosine())
                  .withDuplicateGroups(duplicateGroups)
                  .withEmbeddings(embedded));
      grouped =
          grouped.apply(
              "AttachStoryGroups",
              AttachGroups.from(storyGroups).ofTier(DocumentGroup.TIER_STORY));
      groups =
          PCollectionList.of(duplicateGroups)
              .and(storyGroups)
              .apply("AllGroups", Flatten.pCollections());
    }
    PCollectionList<DeadLetter> failures = 
        PCollectionList.of(read.failures()).and(cleaned.failures()).and(extracted.failures());
    IndexPartitions index = indexOf(options);
    if (index != null) {
      NightlyIndex.Joined joined =
          NightlyIndex.apply(options, index.stagingFolder(), articles, grouped, groups, embedded);
      grouped = joined.articles();
      groups = joined.groups();
      failures = failures.and(joined.deadLetters());
    }
    PCollection<DeadLetter> deadLetters = failures.apply("AllDeadLetters", Flatten.pCollections());
    deadLetters.apply("CountDeadLetters", ParDo.of(new Progress.CountFn<>("deadLetters")));
    groups.apply("CountGroups", ParDo.of(new Progress.CountFn<>("groups")));

    PCollectionTuple.of(WriteResults.ARTICLES, grouped)
        .and(WriteResults.GROUPS, groups)
        .and(WriteResults.DEAD_LETTERS, deadLetters)
        .and(WriteResults.INPUTS, files.apply("InputNames", MapElements.via(new FileNameFn())))
        .apply("WriteResults", WriteResults.to(resultsFolder, options.getOutputShards()).withFormat(outputFormat(options)));
  }

  static final class FileNameFn extends SimpleFunction<FileIO.ReadableFile, String> {
    @Override
    public String apply(FileIO.ReadableFile file) {
      return file.getMetadata().resourceId().toString();
    }
  }

  /**
   * Adds the wall time, the duplicate tier's counters and the busy seconds of each stage (counted
   * by the pipeline's metrics) to the counts the pipeline wrote, and writes the summary back.
   */
  private static ObjectNode finishSummary(
      String output, double wallSeconds, DuplicateTierCounts duplicateTier, ObjectNode stageSeconds)
      throws IOException {
    ResourceId file =
        FileSystems.matchNewResource(output, true)
            .resolve(WriteResults.SUMMARY_FILE, StandardResolveOptions.RESOLVE_FILE);
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode summary;
    try (InputStream in = Channels.newInputStream(FileSystems.open(file))) {
      summary = (ObjectNode) mapper.readTree(in);
    }
    duplicateTier.addTo(summary);
    summary.put("wallTimeSeconds", Math.round(wallSeconds * 10) / 10.0);
    summary.set("stageSeconds", stageSeconds);
    try (OutputStream out = Channels.newOutputStream(FileSystems.create(file, "application/json"))) {
      out.write((summary.toPrettyString() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return summary;
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
