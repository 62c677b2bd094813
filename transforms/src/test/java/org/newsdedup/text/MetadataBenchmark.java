package org.newsdedup.text;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures metadata extraction on one thread: every page of {@code testdata/eval/pages} and
 * {@code testdata/seeds}, cleaned once beforehand, then read over and over as the pipeline's
 * ExtractMetadata step reads each article ({@link MetadataExtractor}, {@link LanguageIdentifier}
 * and {@link TextStats}). Prints articles per second by the wall clock and by the thread's CPU
 * time (on a shared machine the wall clock also measures the neighbours). Not a unit test: run
 * it from the repository root with
 *
 * <pre>
 * mvn -B -q -pl transforms test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp transforms/target/classes:transforms/target/test-classes:$(cat transforms/target/cp.txt) \
 *     org.newsdedup.text.MetadataBenchmark [articles]
 * </pre>
 *
 * The optional argument is the number of articles to time (default 20,000), after a warm-up of
 * the same number.
 */
public final class MetadataBenchmark {
  private static final int DEFAULT_ARTICLES = 20_000;

  private MetadataBenchmark() {}

  public static void main(String[] args) throws IOException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ARTICLES;
    List<CleanedText> pages = new ArrayList<>();
    for (String folder : List.of("testdata/eval/pages", "testdata/seeds")) {
      try (Stream<Path> files = Files.list(Path.of(folder))) {
        for (Path file : files.sorted().toList()) {
          pages.add(ArticleCleaner.clean(Files.readString(file)));
        }
      }
    }
    long checksum = run(pages, articles);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    checksum += run(pages, articles);
    double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(Locale.ROOT,
        "metadata extraction, one thread, %d articles (%d distinct pages; checksum %d)%n",
        articles, pages.size(), checksum);
    System.out.printf(Locale.ROOT, "  wall clock: %.0f articles/s (%.3f ms each)%n",
        articles / wallSeconds, wallSeconds * 1000 / articles);
    System.out.printf(Locale.ROOT, "  thread CPU: %.0f articles/s (%.3f ms each)%n",
        articles / cpuSeconds, cpuSeconds * 1000 / articles);
  }

  /** Reads metadata of {@code articles} pages in rotation; the checksum keeps the work alive. */
  private static long run(List<CleanedText> pages, int articles) {
    long checksum = 0;
    for (int i = 0; i < articles; i++) {
      CleanedText page = pages.get(i % pages.size());
      String text = page.text();
      Metadata metadata =
          MetadataExtractor.extract(page.paragraphs(), page.removedLines(), DateOrder.DAY_FIRST);
      LanguageIdentifier.Guess language = LanguageIdentifier.identify(text);
      TextStats.Stats stats = TextStats.of(text);
      checksum += metadata.entities().people().size() + stats.sentences()
          + (language.code() == null ? 0 : language.code().length());
    }
    return checksum;
  }
}
