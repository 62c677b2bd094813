package org.newsdedup.pipelines;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.newsdedup.eval.GroupingCorpusGenerator;

/**
 * Writes a labelled grouping corpus ({@link GroupingCorpusGenerator}): {@code GenerateCorpus
 * --seed=N --out=DIR [--testdata=testdata]}. DIR must not hold a corpus already. Exits 0 having
 * written it, 2 on bad arguments, 1 when the sources cannot be read or the corpus written.
 */
public final class GenerateCorpus {
  private static final String USAGE =
      "usage: newsdedup generate-corpus --seed=N --out=DIR [--testdata=FOLDER]";

  private GenerateCorpus() {}

  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  static int execute(String[] args, PrintStream out, PrintStream err) {
    Long seed = null;
    Path target = null;
    Path testdata = Path.of("testdata");
    try {
      for (String arg : args) {
        if (arg.startsWith("--seed=")) {
          seed = Long.parseLong(arg.substring("--seed=".length()));
        } else if (arg.startsWith("--out=")) {
          target = Path.of(arg.substring("--out=".length()));
        } else if (arg.startsWith("--testdata=")) {
          testdata = Path.of(arg.substring("--testdata=".length()));
        } else {
          throw new IllegalArgumentException("unknown argument " + arg);
        }
      }
      if (seed == null || target == null) {
        throw new IllegalArgumentException("--seed and --out are required");
      }
      if (holdsFiles(target.resolve("docs"))) {
        throw new IllegalArgumentException(target.resolve("docs") + " already holds files");
      }
    } catch (IllegalArgumentException e) {
      err.println("generate-corpus: " + e.getMessage());
      err.println(USAGE);
      return Evaluate.BAD_ARGUMENTS;
    }
    try {
      List<GroupingCorpusGenerator.Document> documents =
          GroupingCorpusGenerator.from(testdata, seed).generate(testdata.resolve("seeds"));
      GroupingCorpusGenerator.write(documents, target);
      out.println("wrote " + documents.size() + " documents and labels.tsv to " + target);
      return Evaluate.SUCCESS;
    } catch (IOException e) {
      err.println("generate-corpus: " + e.getMessage());
      return Evaluate.UNREADABLE_CORPUS;
    }
  }

  private static boolean holdsFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.findAny().isPresent();
    } catch (IOException e) {
      return true;
    }
  }
}
