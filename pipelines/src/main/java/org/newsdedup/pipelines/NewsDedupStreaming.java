package org.newsdedup.pipelines;

import java.io.PrintStream;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.Watch;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Duration;
import org.newsdedup.io.Json;
import org.newsdedup.io.WriteWindowedJsonLines;
import org.newsdedup.model.Article;
import org.newsdedup.model.Assignment;
import org.newsdedup.model.CleanedDocument;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.RawDocument;
import org.newsdedup.streaming.DecodeFeedRecords;
import org.newsdedup.streaming.GroupIncrementally;
import org.newsdedup.streaming.MatchCopies;
import org.newsdedup.streaming.MatchStories;
import org.newsdedup.streaming.SeparateLateDocuments;
import org.newsdedup.transforms.CleanArticles;
import org.newsdedup.transforms.ExtractMetadata;
import org.newsdedup.transforms.ReadArticles;

/**
 * The streaming pipeline: articles arrive from a watched folder or a Kafka topic, are cleaned and
 * given their metadata by the batch pipeline's transforms, and are grouped as they arrive ({@link
 * GroupIncrementally}); assignments, articles and dead letters go to files per window of event
 * time, and assignments also to a Kafka topic. {@code ./newsdedup --mode=streaming …} starts it.
 */
public final class NewsDedupStreaming {
  /** Held so the level set on it is not lost when the logger is garbage-collected. */
  private static final Logger BEAM_LOGGER = Logger.getLogger("org.apache.beam");
  private static final Logger KAFKA_LOGGER = Logger.getLogger("org.apache.kafka");
  private static final Logger DJL_LOGGER = Logger.getLogger("ai.djl");

  /** What the pipeline produces, before it is written. */
  record Outputs(
      PCollection<Assignment> assignments,
      PCollection<Article> articles,
      PCollection<DeadLetter> deadLetters) {}

  private NewsDedupStreaming() {}

  public static void main(String[] args) {
    BEAM_LOGGER.setLevel(Level.WARNING);
    KAFKA_LOGGER.setLevel(Level.WARNING);
    DJL_LOGGER.setLevel(Level.SEVERE);
    System.exit(execute(args, System.out, System.err).status());
  }

  /** Runs with command-line arguments until the job ends, without exiting the JVM. */
  public static ExitCode execute(String[] args, PrintStream out, PrintStream err) {
    if (Arrays.asList(args).contains("--help")) {
      PipelineOptionsFactory.printHelp(out, NewsDedupStreamingOptions.class);
      return ExitCode.SUCCESS;
    }
    NewsDedupStreamingOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("newsdedup: " + e.getMessage());
      err.println("Run with --mode=streaming --help to list the options.");
      return ExitCode.BAD_ARGUMENTS;
    }
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
    return ExitCode.SUCCESS;
  }

  /** Parses and checks the arguments; an unusable one is an {@link IllegalArgumentException}. */
  static NewsDedupStreamingOptions parse(String[] args) {
    PipelineOptionsFactory.register(NewsDedupStreamingOptions.class);
    NewsDedupStreamingOptions options =
        PipelineOptionsFactory.fromArgs(args).withValidation().as(NewsDedupStreamingOptions.class);
    validate(options);
    options.setStreaming(true);
    return options;
  }

  private static void validate(NewsDedupStreamingOptions options) {
    boolean folder = options.getInput() != null;
    boolean kafka = options.getKafkaTopic() != null;
    if (folder && kafka) {
      throw new IllegalArgumentException(
          "give either --input (a folder to watch) or --kafkaTopic (with --kafkaBootstrap), not both");
    }
    if (!options.getOutputTopic().isEmpty() && !kafka) {
      throw new IllegalArgumentException("--outputTopic needs --kafkaTopic");
    }
    if (millis("--retention", options.getRetention()) < 1) {
      throw new IllegalArgumentException("--retention must be positive");
    }
    if (millis("--allowedLateness", options.getAllowedLateness()) < 0) {
      throw new IllegalArgumentException("--allowedLateness must not be negative");
    }
    if (millis("--outputWindow", options.getOutputWindow()) < 1
        || millis("--pollInterval", options.getPollInterval()) < 1) {
      throw new IllegalArgumentException("--outputWindow and --pollInterval must be positive");
    }
    if (!options.getStopAfterIdle().isEmpty()) {
      millis("--stopAfterIdle", options.getStopAfterIdle());
    }
    if (options.getMaxDocumentBytes() < 1) {
      throw new IllegalArgumentException("--maxDocumentBytes must be positive");
    }
    for (double threshold : new double[] {options.getMinJaccard(), options.getMinContainment()}) {
      if (!(threshold > 0 && threshold <= 1)) {
        throw new IllegalArgumentException("--minJaccard and --minContainment must be in (0, 1]");
      }
    }
    storyTier(options.getTiers());
    if (options.getStoryWindowDays() < 0) {
      throw new IllegalArgumentException("--storyWindowDays must be at least 0");
    }
    if (!(options.getMinCosine() > 0 && options.getMinCosine() <= 1)) {
      throw new IllegalArgumentException("--minCosine must be in (0, 1]");
    }
  }

  /** An ISO-8601 duration ({@code P7D}, {@code PT10M}) in milliseconds. */
  static long millis(String option, String duration) {
    try {
      return java.time.Duration.parse(duration).toMillis();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " must be an ISO-8601 duration such as P7D or PT10M, got '" + duration + "'");
    }
  }

  /** Whether --tiers asks for the story tier, as the batch pipeline reads it. */
  static boolean storyTier(String tiersOption) {
    Set<String> tiers = new TreeSet<>();
    for (String tier : tiersOption.split(",", -1)) {
      tiers.add(tier.strip().toLowerCase(Locale.ROOT));
    }
    if (tiers.equals(Set.of(DocumentGroup.TIER_DUPLICATE))) {
      return false;
    }
    if (tiers.equals(Set.of(DocumentGroup.TIER_DUPLICATE, DocumentGroup.TIER_STORY))) {
      return true;
    }
    throw new IllegalArgumentException(
        "--tiers must be 'duplicate' or 'duplicate,story', got '" + tiersOption + "'");
  }

  /** Builds and starts the pipeline; the caller waits for it or cancels it. */
  public static PipelineResult run(NewsDedupStreamingOptions options) {
    Pipeline pipeline = Pipeline.create(options);
    WithFailures.Result<PCollection<RawDocument>, DeadLetter> read =
        options.getInput() == null ? readKafka(pipeline, options) : watchFolder(pipeline, options);
    Outputs outputs = process(read, options);
    write(outputs, options);
    if (!options.getOutputTopic().isEmpty()) {
      FeedTopics.write(outputs.assignments(), options);
    }
    return pipeline.run();
  }

  private static WithFailures.Result<PCollection<RawDocument>, DeadLetter> watchFolder(
      Pipeline pipeline, NewsDedupStreamingOptions options) {
    Watch.Growth.TerminationCondition<String, ?> termination =
        options.getStopAfterIdle().isEmpty()
            ? Watch.Growth.never()
            : Watch.Growth.afterTimeSinceNewOutput(
                Duration.millis(millis("--stopAfterIdle", options.getStopAfterIdle())));
    return pipeline
        .apply(
            "WatchFolder",
            FileIO.match()
                .filepattern(options.getInput())
                .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW)
                .continuously(
                    Duration.millis(millis("--pollInterval", options.getPollInterval())),
                    termination))
        .apply("OpenFiles", FileIO.readMatches())
        .apply(
            "ReadArticles",
            ReadArticles.matchedBy(options.getInput())
                .withMaxDocumentBytes(options.getMaxDocumentBytes()));
  }

  private static WithFailures.Result<PCollection<RawDocument>, DeadLetter> readKafka(
      Pipeline pipeline, NewsDedupStreamingOptions options) {
    return FeedTopics.read(pipeline, options)
        .apply(
            "DecodeFeedRecords",
            DecodeFeedRecords.withMaxDocumentBytes(options.getMaxDocumentBytes()));
  }

  /** The pipeline from decoded documents to its outputs, whatever the source. */
  static Outputs process(
      WithFailures.Result<PCollection<RawDocument>, DeadLetter> read,
      NewsDedupStreamingOptions options) {
    WithFailures.Result<PCollection<RawDocument>, DeadLetter> onTime =
        read.output()
            .apply(
                "SeparateLateDocuments",
                SeparateLateDocuments.withAllowedLatenessMillis(
                    millis("--allowedLateness", options.getAllowedLateness())));
    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> cleaned =
        onTime.output().apply("CleanArticles", CleanArticles.create());
    WithFailures.Result<PCollection<Article>, DeadLetter> extracted =
        cleaned
            .output()
            .apply("ExtractMetadata", ExtractMetadata.create().withDateOrder(options.getDateOrder()));
    PCollection<Article> articles = extracted.output();
    PCollection<Assignment> assignments =
        articles.apply("GroupIncrementally", grouping(options));
    PCollection<DeadLetter> deadLetters =
        PCollectionList.of(read.failures())
            .and(onTime.failures())
            .and(cleaned.failures())
            .and(extracted.failures())
            .apply("AllDeadLetters", Flatten.pCollections());
    return new Outputs(assignments, articles, deadLetters);
  }

  static GroupIncrementally grouping(NewsDedupStreamingOptions options) {
    long retention = millis("--retention", options.getRetention());
    GroupIncrementally grouping =
        GroupIncrementally.of(
            MatchCopies.withinMillis(retention)
                .withThresholds(options.getMinJaccard(), options.getMinContainment()),
            retention);
    if (!storyTier(options.getTiers())) {
      return grouping;
    }
    return grouping.withStories(
        MatchStories.withinMillis(retention)
            .withStoryWindowDays(options.getStoryWindowDays())
            .withMinCosine(options.getMinCosine()));
  }

  private static void write(Outputs outputs, NewsDedupStreamingOptions options) {
    Duration window = Duration.millis(millis("--outputWindow", options.getOutputWindow()));
    Duration lateness = Duration.millis(millis("--allowedLateness", options.getAllowedLateness()));
    String folder = options.getOutput();
    outputs
        .assignments()
        .apply("AssignmentJson", MapElements.into(TypeDescriptors.strings()).via(Json::assignment))
        .apply(
            "WriteAssignments",
            WriteWindowedJsonLines.to(folder, "assignments", window, lateness));
    outputs
        .articles()
        .apply("ArticleJson", MapElements.into(TypeDescriptors.strings()).via(Json::article))
        .apply("WriteArticles", WriteWindowedJsonLines.to(folder, "articles", window, lateness));
    outputs
        .deadLetters()
        .apply("DeadLetterJson", MapElements.into(TypeDescriptors.strings()).via(Json::deadLetter))
        .apply(
            "WriteDeadLetters", WriteWindowedJsonLines.to(folder, "dead-letter", window, lateness));
  }
}
