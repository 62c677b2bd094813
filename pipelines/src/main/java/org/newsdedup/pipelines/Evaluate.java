package org.newsdedup.pipelines;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsdedup.eval.CleaningDiagnosis;
import org.newsdedup.eval.CleaningEvaluation;
import org.newsdedup.eval.CleaningReport;
import org.newsdedup.eval.EvalCorpus;
import org.newsdedup.eval.MetadataEvaluation;
import org.newsdedup.eval.MetadataReport;
import org.newsdedup.text.CleaningMode;

/**
 * Measures the cleaner or the metadata extractor on an evaluation corpus and prints the report:
 * {@code Evaluate cleaning DIR} (every cleaning mode; with {@code --lines}, also each wrongly
 * kept or lost line of the balanced mode) or {@code Evaluate metadata DIR}, where DIR holds
 * {@code pages/} and {@code gold/}; or the grouping tiers on a grouping corpus: {@code Evaluate
 * grouping DIR} (see {@link GroupingEvaluationRun}). Exits 0 with the report, 2 on bad arguments
 * (nothing ran), and 1 when a
 * corpus file cannot be read or a gold file is malformed.
 */
public final class Evaluate {
  static final int SUCCESS = 0;
  static final int UNREADABLE_CORPUS = 1;
  static final int BAD_ARGUMENTS = ExitCode.BAD_ARGUMENTS.status();

  private static final String USAGE =
      "usage: newsdedup evaluate cleaning DIR [--lines]\n"
          + "       newsdedup evaluate metadata DIR\n"
          + "       newsdedup evaluate grouping DIR [pipeline options, e.g. --minCosine=0.8]";
  private static final String LINES = "--lines";

  private Evaluate() {}

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  /** Runs with command-line arguments and returns the exit status, without exiting the JVM. */
  static int execute(String[] args, PrintStream out, PrintStream err) {
    if (args.length >= 2 && args[0].equals("grouping")) {
      return GroupingEvaluationRun.execute(
          Path.of(args[1]), Arrays.copyOfRange(args, 2, args.length), out, err);
    }
    boolean lines = args.length == 3 && args[0].equals("cleaning") && args[2].equals(LINES);
    if ((args.length != 2 && !lines)
        || !(args[0].equals("cleaning") || args[0].equals("metadata"))) {
      err.println(USAGE);
      return BAD_ARGUMENTS;
    }
    Path dir = Path.of(args[1]);
    EvalCorpus corpus;
    try {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(dir + " is not a folder");
      }
      corpus = EvalCorpus.at(dir);
    } catch (IllegalArgumentException e) {
      err.println("evaluate: " + e.getMessage());
      err.println(USAGE);
      return BAD_ARGUMENTS;
    }
    try {
      if (corpus.pageNames().isEmpty()) {
        err.println("evaluate: " + dir.resolve("pages") + " holds no NAME.txt pages");
        err.println(USAGE);
        return BAD_ARGUMENTS;
      }
      out.print(args[0].equals("cleaning") ? cleaningReport(corpus, lines) : metadataReport(corpus));
      return SUCCESS;
    } catch (IOException | UncheckedIOException e) {
      err.println("evaluate: cannot read the corpus: " + e.getMessage());
      return UNREADABLE_CORPUS;
    }
  }

  private static String cleaningReport(EvalCorpus corpus, boolean lines) throws IOException {
    List<CleaningEvaluation> byMode = new ArrayList<>();
    for (CleaningMode mode : CleaningMode.values()) {
      byMode.add(CleaningEvaluation.run(corpus, mode));
    }
    String report = CleaningReport.renderModes(byMode);
    return lines ? report + "\n" + CleaningDiagnosis.render(corpus, CleaningMode.BALANCED) : report;
  }

  private static String metadataReport(EvalCorpus corpus) throws IOException {
    return MetadataReport.render(MetadataEvaluation.run(corpus));
  }
}
