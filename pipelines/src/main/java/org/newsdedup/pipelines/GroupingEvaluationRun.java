package org.newsdedup.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.newsdedup.eval.GroupingEvaluation;
import org.newsdedup.eval.GroupingLabel;
import org.newsdedup.model.DocumentGroup;

/**
 * {@code Evaluate grouping DIR}: runs the whole pipeline (on the Direct Runner unless the extra
 * arguments say otherwise) on {@code DIR/docs/*.txt} into a temporary folder, reads the groups
 * it wrote, and scores both tiers against {@code DIR/labels.tsv} ({@link GroupingEvaluation}).
 * Extra arguments are pipeline options, e.g. {@code --minCosine=0.8}.
 */
final class GroupingEvaluationRun {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Held so its level stays set: Beam logs every file it writes at INFO, which buries the report. */
  private static final Logger BEAM_LOGGER = Logger.getLogger("org.apache.beam");
  /** Held for the same reason: DJL warns that a CPU-only machine has no usable GPU. */
  private static final Logger DJL_LOGGER = Logger.getLogger("ai.djl");

  private GroupingEvaluationRun() {}

  static int execute(Path dir, String[] pipelineArgs, PrintStream out, PrintStream err) {
    BEAM_LOGGER.setLevel(Level.WARNING);
    DJL_LOGGER.setLevel(Level.SEVERE);
    List<GroupingLabel> labels;
    try {
      labels = GroupingLabel.read(dir.resolve(GroupingLabel.FILE));
    } catch (IOException e) {
      err.println("evaluate: cannot read " + dir.resolve(GroupingLabel.FILE) + ": " + e.getMessage());
      return Evaluate.UNREADABLE_CORPUS;
    }
    Path output;
    try {
      output = Files.createTempDirectory("newsdedup-grouping-eval");
    } catch (IOException e) {
      err.println("evaluate: cannot create a temporary folder: " + e.getMessage());
      return Evaluate.UNREADABLE_CORPUS;
    }
    try {
      List<String> args = new ArrayList<>(List.of(pipelineArgs));
      args.add("--input=" + dir.resolve("docs").toAbsolutePath() + "/*.txt");
      args.add("--output=" + output.toAbsolutePath() + "/");
      if (args.stream().noneMatch(arg -> arg.startsWith("--progressSeconds"))) {
        args.add("--progressSeconds=0");
      }
      ExitCode run =
          NewsDedup.execute(args.toArray(String[]::new), new PrintStream(OutputStream.nullOutputStream()), err);
      if (run == ExitCode.BAD_ARGUMENTS) {
        return Evaluate.BAD_ARGUMENTS;
      }
      if (run == ExitCode.PIPELINE_FAILED) {
        return Evaluate.UNREADABLE_CORPUS;
      }
      Map<String, Map<String, String>> groups = readGroups(output);
      out.print(
          GroupingEvaluation.render(
              dir.toString(),
              labels.size(),
              List.of(
                  GroupingEvaluation.score(
                      DocumentGroup.TIER_DUPLICATE, labels,
                      groups.getOrDefault(DocumentGroup.TIER_DUPLICATE, Map.of()), GroupingLabel::duplicate),
                  GroupingEvaluation.score(
                      DocumentGroup.TIER_STORY, labels,
                      groups.getOrDefault(DocumentGroup.TIER_STORY, Map.of()), GroupingLabel::story))));
      return Evaluate.SUCCESS;
    } catch (IOException | UncheckedIOException e) {
      err.println("evaluate: cannot read the run's groups: " + e.getMessage());
      return Evaluate.UNREADABLE_CORPUS;
    } finally {
      deleteQuietly(output);
    }
  }

  /** Tier → (document file name → group id), from the run's {@code groups-*.jsonl}. */
  private static Map<String, Map<String, String>> readGroups(Path output) throws IOException {
    Map<String, Map<String, String>> byTier = new HashMap<>();
    try (Stream<Path> files = Files.list(output)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("groups-")).toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          JsonNode group = JSON.readTree(line);
          Map<String, String> tier = byTier.computeIfAbsent(group.get("tier").asText(), t -> new HashMap<>());
          for (JsonNode member : group.get("members")) {
            String id = member.get("id").asText();
            tier.put(id.substring(id.lastIndexOf('/') + 1), group.get("groupId").asText());
          }
        }
      }
    }
    return byTier;
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A leftover temporary folder does not change the report.
    }
  }
}
