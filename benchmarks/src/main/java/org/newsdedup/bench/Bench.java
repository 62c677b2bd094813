package org.newsdedup.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.ShingleWeights;

/**
 * The benchmark: generates (or reuses) a corpus of N articles, then measures, each in its own
 * JVM and one after another, the floor ({@link Floor}), exact AllPairs ({@link AllPairs}), Spark
 * MLlib's LSH join ({@link MlLibJoin}) and the pipeline without the story tier on each runner
 * asked for, and prints one Markdown report: wall time, throughput, peak heap and RSS, precision
 * and recall against the exact pairs, the pipeline's busy time per stage, and ratios to the
 * floor. The report and the raw figures (JSON) are also written to the work folder.
 *
 * <p>Options ({@code --name=value}): {@code repo} (the checkout, for testdata and the bundled
 * jars; required), {@code articles} (10000), {@code seed} (1), {@code threshold} (Jaccard, 0.8),
 * {@code tables} (MLlib hash tables, 3), {@code heap} (-Xmx of every child, 8g), {@code runs}
 * (comma-separated, from {@code floor,allpairs,mllib,direct,direct-unchecked,flink}; all by
 * default), {@code work} (the folder for corpus and results; {@code benchmarks/target/bench}),
 * {@code jfr} ({@code true} records each pipeline run with Java Flight Recorder's profiling
 * settings into {@code pipeline-RUNNER.jfr} in the work folder), {@code commonShingleFloor}
 * (passed to the pipeline runs; unset, the pipeline's own default).
 */
public final class Bench {
  private static final List<String> ALL_RUNS =
      List.of("floor", "allpairs", "mllib", "direct", "direct-unchecked", "flink");

  private final Map<String, String> options;
  private final Path repo;
  private final Path work;
  private final int articles;
  private final double threshold;
  private final String heap;
  private final Path corpus;
  private final ObjectNode results = new ObjectMapper().createObjectNode();
  private final StringBuilder report = new StringBuilder();
  private final List<String> notes = new ArrayList<>();
  private long corpusBytes;
  private long[] exactPairs;

  private Bench(Map<String, String> options) {
    this.options = options;
    this.repo = Path.of(required(options, "repo")).toAbsolutePath();
    this.work = Path.of(options.getOrDefault("work", repo.resolve("benchmarks/target/bench").toString()));
    this.articles = Integer.parseInt(options.getOrDefault("articles", "10000"));
    this.threshold = Double.parseDouble(options.getOrDefault("threshold", "0.8"));
    this.heap = options.getOrDefault("heap", "8g");
    long seed = Long.parseLong(options.getOrDefault("seed", "1"));
    this.corpus = work.resolve("corpus-" + articles + "-seed" + seed);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      if (!arg.startsWith("--") || !arg.contains("=")) {
        System.err.println("bench: options are --name=value, got " + arg);
        System.exit(2);
      }
      options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
    }
    new Bench(options).run();
  }

  private void run() throws Exception {
    Files.createDirectories(work);
    prepareCorpus();
    List<String> runs = List.of(options.getOrDefault("runs", String.join(",", ALL_RUNS)).split(","));
    Path shingles = work.resolve("shingles-" + corpus.getFileName() + ".bin");
    Path exactFile = work.resolve("exact-" + corpus.getFileName() + "-" + threshold + ".bin");
    boolean baselines = runs.contains("allpairs") || runs.contains("mllib");
    if (baselines) {
      prepareShingles(shingles);
    } else {
      describeCorpus();
    }
    MeasuredRun floor = null;
    table("| program | wall s | CPU s | articles/s | MB/s | peak heap MB | peak RSS MB | ÷ floor (wall) | ÷ floor (CPU) | precision | recall |",
        "|---|---|---|---|---|---|---|---|---|---|---|");
    if (runs.contains("floor")) {
      floor = child("floor", MeasuredRun.onClasspath(MeasuredRun.classpath(), "1g",
          Floor.class.getName(), corpus.toString(), String.valueOf(articles)), Map.of());
      row(floor, floor, null);
    }
    if (runs.contains("allpairs") || (runs.contains("mllib") && !Files.exists(exactFile))) {
      MeasuredRun allPairs = child("allpairs", MeasuredRun.onClasspath(MeasuredRun.classpath(), heap,
          AllPairs.class.getName(), shingles.toString(), String.valueOf(threshold), exactFile.toString()), Map.of());
      row(allPairs, floor, null);
    }
    // Without exact pairs (no AllPairs run of this corpus yet) there is no precision or recall.
    if (Files.exists(exactFile)) {
      exactPairs = PairFile.read(exactFile);
      results.put("exactPairs", exactPairs.length);
    }
    if (runs.contains("mllib")) {
      Path found = work.resolve("mllib-pairs.bin");
      List<String> args = new ArrayList<>(List.of("--add-exports=java.base/sun.nio.ch=ALL-UNNAMED"));
      args.addAll(MeasuredRun.onClasspath(MeasuredRun.classpath(), heap, MlLibJoin.class.getName(),
          shingles.toString(), String.valueOf(threshold), options.getOrDefault("tables", "3"), found.toString()));
      MeasuredRun mllib = child("mllib", args, Map.of("SPARK_LOCAL_IP", "127.0.0.1"));
      row(mllib, floor, mllib.exitCode() == 0 && exactPairs != null ? PairScores.ofEdges(PairFile.read(found), exactPairs) : null);
    }
    List<MeasuredRun> pipelines = new ArrayList<>();
    for (String runner : List.of("direct", "direct-unchecked", "flink")) {
      if (runs.contains(runner)) {
        MeasuredRun pipeline = pipeline(runner);
        Path output = work.resolve("out-" + runner);
        PairScores scores =
            pipeline.exitCode() == 0 && exactPairs != null
                ? PairScores.ofGroups(PipelineGroups.duplicateGroups(output), exactPairs, articles)
                : null;
        row(pipeline, floor, scores);
        pipelines.add(pipeline);
        if (scores != null && scores.recall() < 1 && Files.exists(shingles)) {
          explainMissed(pipeline, output, shingles);
        }
      }
    }
    for (String note : notes) {
      report.append('\n').append(note).append('\n');
    }
    for (MeasuredRun pipeline : pipelines) {
      if (pipeline.exitCode() == 0) {
        stages(pipeline);
      }
    }
    Path reportFile = work.resolve("report-" + corpus.getFileName() + ".md");
    Files.writeString(reportFile, report.toString(), StandardCharsets.UTF_8);
    Files.writeString(work.resolve("results-" + corpus.getFileName() + ".json"),
        results.toPrettyString() + "\n", StandardCharsets.UTF_8);
    System.out.print(report);
    System.err.println("bench: report in " + reportFile);
  }

  private void prepareCorpus() throws IOException {
    if (!Files.exists(corpus.resolve(CorpusGenerator.LABELS))) {
      long started = System.nanoTime();
      long seed = Long.parseLong(options.getOrDefault("seed", "1"));
      CorpusGenerator.fromTestdata(repo.resolve("testdata"), seed).write(corpus, articles);
      System.err.printf(Locale.ROOT, "bench: generated %d articles in %.1f s%n", articles, (System.nanoTime() - started) / 1e9);
    }
    try (Stream<Path> files = Files.walk(corpus.resolve("docs"))) {
      corpusBytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Writes the shingle sets for the baselines; they are not kept here, to leave memory to the children. */
  private void prepareShingles(Path file) throws IOException {
    double perArticle = (double) ShingleSets.computeTo(corpus, articles, file) / articles;
    results.put("meanShinglesPerArticle", perArticle);
    describeCorpus();
    report.append(String.format(Locale.ROOT,
        "%.0f shingles an article (%.1f KB of hashes, against %.1f KB of page text).%n%n",
        perArticle, perArticle * 8 / 1024, corpusBytes / 1024.0 / articles));
  }

  private void describeCorpus() {
    results.put("articles", articles);
    results.put("corpusBytes", corpusBytes);
    report.append(String.format(Locale.ROOT,
        "Corpus: %,d articles, %.1f MB (%s), Jaccard ≥ %s on word 5-gram shingles.%n%n",
        articles, corpusBytes / 1e6, corpus.getFileName(), threshold));
  }

  private MeasuredRun pipeline(String runner) throws Exception {
    Path output = work.resolve("out-" + runner);
    String jar = runner.equals("flink") ? "newsdedup-flink-bundled.jar" : "newsdedup-bundled.jar";
    List<String> args = new ArrayList<>();
    if (Boolean.parseBoolean(options.getOrDefault("jfr", "false"))) {
      args.add("-XX:StartFlightRecording=settings=profile,filename=" + work.resolve("pipeline-" + runner + ".jfr"));
    }
    args.addAll(List.of("-Xmx" + heap, "-jar", repo.resolve("pipelines/target/" + jar).toString(),
        "--input=" + CorpusGenerator.glob(corpus), "--output=" + output, "--tiers=duplicate",
        "--minJaccard=" + threshold, "--minContainment=1.0", "--progressSeconds=0",
        // A sorted output shard is held in memory until written: keep shards to ~25,000 articles.
        "--outputShards=" + Math.max(1, articles / 25_000)));
    // The pipeline weighs common shingles down; a floor above the article count asks it the
    // baselines' question, plain Jaccard (docs/performance.md, "Recall at the threshold").
    if (options.containsKey("commonShingleFloor")) {
      args.add("--commonShingleFloor=" + options.get("commonShingleFloor"));
    }
    if (runner.equals("flink")) {
      args.addAll(List.of("--runner=FlinkRunner", "--flinkMaster=[local]"));
    }
    if (runner.equals("direct-unchecked")) {
      args.addAll(List.of("--enforceImmutability=false", "--enforceEncodability=false"));
    }
    return child("pipeline-" + runner, args, Map.of());
  }

  private MeasuredRun child(String name, List<String> args, Map<String, String> env) throws Exception {
    MeasuredRun run = MeasuredRun.of(name, args, env, work);
    ObjectNode node = results.putObject(name);
    node.put("exitCode", run.exitCode());
    node.put("wallSeconds", run.wallSeconds());
    node.put("cpuSeconds", run.cpuSeconds());
    node.put("peakRssMb", run.peakRssKb() / 1024);
    node.put("peakHeapMb", run.peakHeapMb());
    String lastLine = run.output().strip().isEmpty() ? "" : run.output().strip().lines().reduce((a, b) -> b).orElse("");
    if (lastLine.startsWith("{")) {
      node.set("reported", new ObjectMapper().readTree(lastLine));
    }
    return run;
  }

  private void row(MeasuredRun run, MeasuredRun floor, PairScores scores) {
    ObjectNode node = (ObjectNode) results.get(run.name());
    if (scores != null) {
      node.put("precision", scores.precision());
      node.put("recall", scores.recall());
    }
    JsonNode inner = node.path("reported").path("seconds");
    String wall = String.format(Locale.ROOT, "%.1f", run.wallSeconds())
        + (inner.isMissingNode() ? "" : String.format(Locale.ROOT, " (%.1f in the join)", inner.asDouble()));
    if (run.name().equals("floor")) {
      wall = String.format(Locale.ROOT, "%.1f", run.wallSeconds());
    }
    table(String.format(Locale.ROOT, "| %s | %s | %.1f | %,.0f | %.1f | %,d | %,d | %s | %s | %s | %s |",
        run.name() + (run.exitCode() == 0 ? "" : " (failed: exit " + run.exitCode() + ")"), wall,
        run.cpuSeconds(),
        articles / run.wallSeconds(), corpusBytes / 1e6 / run.wallSeconds(), run.peakHeapMb(),
        run.peakRssKb() / 1024,
        floor == null ? "" : String.format(Locale.ROOT, "%.1f", run.wallSeconds() / floor.wallSeconds()),
        floor == null ? "" : String.format(Locale.ROOT, "%.1f", run.cpuSeconds() / floor.cpuSeconds()),
        scores == null ? "" : String.format(Locale.ROOT, "%.4f", scores.precision()),
        scores == null ? "" : String.format(Locale.ROOT, "%.4f", scores.recall())));
  }

  /** Reported under the table: how many missed pairs the pipeline's weighing of common shingles refuses. */
  private void explainMissed(MeasuredRun pipeline, Path output, Path shingles) throws IOException {
    int floor = Integer.parseInt(
        options.getOrDefault("commonShingleFloor", String.valueOf(ShingleWeights.DEFAULT_FLOOR)));
    MissedPairs missed = MissedPairs.of(PipelineGroups.duplicateGroups(output), exactPairs,
        articles, shingles, floor, new CopyJudge(threshold, 1.0));
    ((ObjectNode) results.get(pipeline.name())).put("missedPairs", missed.missed())
        .put("missedPairsRefusedWhenWeighed", missed.refusedWhenWeighed());
    notes.add(String.format(Locale.ROOT, "%s: %,d exact pairs not in one group; %,d of them score "
        + "below the threshold once shingles held by %d or more distinct texts are weighed down, as "
        + "the pipeline scores them.", pipeline.name(), missed.missed(), missed.refusedWhenWeighed(), floor));
  }

  private void stages(MeasuredRun pipeline) throws IOException {
    JsonNode summary = new ObjectMapper().readTree(
        work.resolve("out-" + pipeline.name().substring("pipeline-".length())).resolve("summary.json").toFile());
    JsonNode seconds = summary.path("stageSeconds");
    ((ObjectNode) results.get(pipeline.name())).set("stageSeconds", seconds);
    report.append(String.format(Locale.ROOT, "%n%s: busy time per stage, summed over workers "
        + "(wall %.1f s, %d articles, %d dead letters)%n%n", pipeline.name(),
        pipeline.wallSeconds(), summary.path("articles").asLong(), summary.path("deadLetters").asLong()));
    JsonNode duplicateTier = summary.path("duplicateTier");
    if (!duplicateTier.isMissingNode()) {
      ((ObjectNode) results.get(pipeline.name())).set("duplicateTier", duplicateTier);
      report.append(String.format(Locale.ROOT, "Duplicate tier: %,d pairs proposed by bands and %,d by anchors, "
          + "%,d distinct candidate pairs verified, %,d near-copy edges, %,d common shingles, %,d oversized buckets.%n%n",
          duplicateTier.path("bandPairs").asLong(), duplicateTier.path("anchorPairs").asLong(),
          duplicateTier.path("candidatePairs").asLong(), duplicateTier.path("nearCopyEdges").asLong(),
          duplicateTier.path("commonShingles").asLong(), duplicateTier.path("oversizedBuckets").asLong()));
    }
    table("| stage | busy s | articles/s | MB/s |", "|---|---|---|---|");
    seconds.fields().forEachRemaining(stage -> table(String.format(Locale.ROOT, "| %s | %.2f | %,.0f | %.1f |",
        stage.getKey(), stage.getValue().asDouble(),
        articles / Math.max(stage.getValue().asDouble(), 1e-3),
        corpusBytes / 1e6 / Math.max(stage.getValue().asDouble(), 1e-3))));
  }

  private void table(String... lines) {
    for (String line : lines) {
      report.append(line).append('\n');
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("--" + name + " is required");
    }
    return value;
  }
}
