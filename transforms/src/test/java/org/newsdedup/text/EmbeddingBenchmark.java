package org.newsdedup.text;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Measures story-tier embedding throughput: articles of about 500 words (paragraphs of the seeds
 * and of {@code testdata/unrelated}, in rotation), the model warm. Not a unit test: run it from
 * the repository root with
 *
 * <pre>
 * mvn -B -q install -DskipTests
 * mvn -B -q -pl transforms test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.newsdedup.text.EmbeddingBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * Arguments (optional, in {@code -Dexec.args="..."}): the number of articles to time (default
 * 200); {@code --words=N} to embed the first N words of each article (default 300, as the story
 * tier does; 0 embeds whole articles); {@code --stock} to also time langchain4j's own model
 * object (ONNX Runtime's default threading, every passage tokenized twice) for comparison. It
 * times one and two caller threads (a Beam worker calls from several), and reports the wall
 * clock and the CPU time per article: on a shared machine the wall clock also measures the
 * neighbours, while the CPU time shows what the idle cores would do.
 */
public final class EmbeddingBenchmark {
  private static final int TARGET_WORDS = 500;

  private EmbeddingBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean stock = List.of(args).contains("--stock");
    int maxWords =
        Stream.of(args)
            .filter(a -> a.startsWith("--words="))
            .map(a -> Integer.parseInt(a.substring("--words=".length())))
            .findFirst()
            .orElse(Passages.DEFAULT_MAX_WORDS);
    List<String> numbers = Stream.of(args).filter(a -> !a.startsWith("--")).toList();
    int count = numbers.isEmpty() ? 200 : Integer.parseInt(numbers.get(0));
    Path root = Files.isDirectory(Path.of("testdata")) ? Path.of("testdata") : Path.of("../testdata");
    List<String> articles = articles(root, count);
    int words = articles.stream().mapToInt(Words::count).sum();
    int passages = articles.stream().mapToInt(a -> Passages.of(a, maxWords).size()).sum();
    System.out.printf(
        Locale.ROOT,
        "%d articles of %.0f words; the first %s embedded, %.1f passages each; %d cores%n",
        count, (double) words / count, maxWords == 0 ? "all" : maxWords + " words",
        (double) passages / count, Runtime.getRuntime().availableProcessors());

    long loadStart = System.nanoTime();
    ArticleEmbedder embedder = ArticleEmbedder.create(maxWords);
    embedder.embed("Warming up the model.");
    System.out.printf(Locale.ROOT, "model load: %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
    time("warm-up (not counted)", articles.subList(0, Math.min(20, count)), 1, embedder, passages);
    for (int threads : new int[] {1, 2}) {
      time("one intra-op thread, " + threads + " caller thread(s)", articles, threads, embedder, passages);
    }
    if (stock) {
      EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
      model.embed("Warming up the model.");
      long startCpu = processCpuNanos();
      long start = System.nanoTime();
      for (String article : articles) {
        model.embedAll(Passages.of(article, maxWords).stream().map(TextSegment::from).toList());
      }
      long cpu = processCpuNanos() - startCpu;
      report("langchain4j default session, 1 caller thread", count, passages, System.nanoTime() - start);
      System.out.printf(
          Locale.ROOT, "%-48s %6.1f ms CPU per article%n", "", cpu / 1e6 / count);
    }
  }

  private static void time(
      String label, List<String> articles, int threads, ArticleEmbedder embedder, int passages)
      throws Exception {
    ExecutorService callers = Executors.newFixedThreadPool(threads);
    long startCpu = processCpuNanos();
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int first = t;
      done.add(
          callers.submit(
              () -> {
                for (int i = first; i < articles.size(); i += threads) {
                  embedder.embed(articles.get(i));
                }
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    long elapsed = System.nanoTime() - start;
    long cpu = processCpuNanos() - startCpu;
    callers.shutdown();
    if (!label.startsWith("warm")) {
      report(label, articles.size(), passages, elapsed);
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.printf(
          Locale.ROOT,
          "%-48s %6.1f ms CPU per article: %.1f articles/s on %d idle cores%n",
          "", cpu / 1e6 / articles.size(), cores * articles.size() / (cpu / 1e9), cores);
    }
  }

  /**
   * CPU time of the whole process: on a shared machine the wall clock measures the neighbours
   * too, while CPU time per article shows what the cores could do alone.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static void report(String label, int articles, int passages, long nanos) {
    double seconds = nanos / 1e9;
    System.out.printf(
        Locale.ROOT,
        "%-48s %6.1f articles/s  %6.1f passages/s  (%.1f s)%n",
        label, articles / seconds, passages / seconds, seconds);
  }

  /** {@code count} articles of about 500 words from the test texts' paragraphs, in rotation. */
  static List<String> articles(Path testdata, int count) throws IOException {
    List<String> paragraphs = new ArrayList<>();
    List<Path> files = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(testdata.resolve("seeds"));
        Stream<Path> unrelated = Files.list(testdata.resolve("unrelated"))) {
      files.addAll(seeds.sorted().toList());
      files.addAll(unrelated.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
    }
    for (Path file : files) {
      String text = ArticleCleaner.clean(Files.readString(file, StandardCharsets.UTF_8)).text();
      for (String paragraph : text.split("\n")) {
        if (Words.count(paragraph) >= Passages.MIN_WORDS) {
          paragraphs.add(paragraph);
        }
      }
    }
    List<String> articles = new ArrayList<>();
    int next = 0;
    for (int a = 0; a < count; a++) {
      List<String> article = new ArrayList<>();
      int words = 0;
      while (words < TARGET_WORDS) {
        String paragraph = paragraphs.get(next++ % paragraphs.size());
        article.add(paragraph);
        words += Words.count(paragraph);
      }
      // Rotate by one more each time, so that no two articles are the same.
      next += a % 7;
      articles.add(String.join("\n", article));
    }
    return articles;
  }
}
