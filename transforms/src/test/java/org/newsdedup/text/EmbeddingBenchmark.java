package org.newsdedup.text;

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
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Measures story-tier embedding throughput: articles of about 500 words (paragraphs of the seeds
 * and of {@code testdata/unrelated}, in rotation), the model warm. Not a unit test: run it from
 * the repository root with
 *
 * <pre>
 * mvn -B -q -pl transforms test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.newsdedup.text.EmbeddingBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * Arguments (optional, in {@code -Dexec.args="..."}): the number of articles to time (default
 * 200); {@code --words=N} to embed the first N words of each article (default 300, as the story
 * tier does; 0 embeds whole articles). It times one and two caller threads (a Beam worker calls from several), and reports the wall
 * clock and the CPU time per article: on a shared machine the wall clock also measures the
 * neighbours, while the CPU time shows what the idle cores would do. It first prints what the
 * passages do to quality on the real articles: the cosines between the seeds (one story), the
 * highest cosine of an unrelated report, and each seed's passage alignment with the agency
 * article ({@link RewriteJudge}), so that a change made for speed shows its cost in the same run.
 */
public final class EmbeddingBenchmark {
  private static final int TARGET_WORDS = 500;

  private EmbeddingBenchmark() {}

  public static void main(String[] args) throws Exception {
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
    int pieces = articles.stream().mapToInt(a -> Passages.of(a, maxWords).size()).sum();
    System.out.printf(
        Locale.ROOT,
        "%d articles of %.0f words; the first %s embedded, %.1f pieces each; %d cores%n",
        count, (double) words / count, maxWords == 0 ? "all" : maxWords + " words",
        (double) pieces / count, Runtime.getRuntime().availableProcessors());

    long loadStart = System.nanoTime();
    ArticleEmbedder embedder = ArticleEmbedder.create(maxWords);
    embedder.embed("Warming up the model.");
    System.out.printf(Locale.ROOT, "model load: %.2f s%n", (System.nanoTime() - loadStart) / 1e9);
    quality(root, embedder);
    time("warm-up (not counted)", articles.subList(0, Math.min(20, count)), 1, embedder);
    for (int threads : new int[] {1, 2}) {
      time("one intra-op thread, " + threads + " caller thread(s)", articles, threads, embedder);
    }
  }

  private static void time(
      String label, List<String> articles, int threads, ArticleEmbedder embedder)
      throws Exception {
    AtomicInteger passages = new AtomicInteger();
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
                  passages.addAndGet(
                      embedder.embedArticles(List.of(articles.get(i))).get(0).passages().size());
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
      report(label, articles.size(), passages.get(), elapsed);
      int cores = Runtime.getRuntime().availableProcessors();
      System.out.printf(
          Locale.ROOT,
          "%-48s %6.1f ms CPU per article: %.1f articles/s on %d idle cores%n",
          "", cpu / 1e6 / articles.size(), cores * articles.size() / (cpu / 1e9), cores);
    }
  }

  /**
   * The seeds' cosines with each other (the exact copy 000/004 left out), the closest unrelated
   * report to any seed and to another unrelated report, and each seed's ordered passage share
   * with the agency article 004 (a rewrite needs a third).
   */
  private static void quality(Path testdata, ArticleEmbedder embedder) throws IOException {
    List<Path> seeds = texts(testdata.resolve("seeds"));
    List<Path> unrelated = texts(testdata.resolve("unrelated"));
    List<String> texts = new ArrayList<>();
    for (Path file : seeds) {
      texts.add(ArticleCleaner.clean(Files.readString(file, StandardCharsets.UTF_8)).text());
    }
    for (Path file : unrelated) {
      texts.add(ArticleCleaner.clean(Files.readString(file, StandardCharsets.UTF_8)).text());
    }
    List<ArticleEmbedder.ArticleEmbedding> embeddings = embedder.embedArticles(texts);
    int n = seeds.size();
    double sameMin = 1;
    double sameMax = -1;
    double seedUnrelated = -1;
    double unrelatedUnrelated = -1;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        if (texts.get(i).equals(texts.get(j))) {
          continue;
        }
        double cosine = Cosine.of(embeddings.get(i).article(), embeddings.get(j).article());
        if (j < n) {
          sameMin = Math.min(sameMin, cosine);
          sameMax = Math.max(sameMax, cosine);
        } else if (i < n) {
          seedUnrelated = Math.max(seedUnrelated, cosine);
        } else {
          unrelatedUnrelated = Math.max(unrelatedUnrelated, cosine);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "seeds: same-story cosines %.3f-%.3f; unrelated at most %.3f against a seed, %.3f against"
            + " each other%n",
        sameMin, sameMax, seedUnrelated, unrelatedUnrelated);
    int agency = n - 1;
    StringBuilder shares = new StringBuilder("passages per seed and ordered share with 004:");
    for (int i = 0; i < n; i++) {
      shares.append(String.format(
          Locale.ROOT, " %s %d %.2f", seeds.get(i).getFileName().toString().substring(0, 3),
          embeddings.get(i).passages().size(),
          RewriteJudge.alignment(embeddings.get(i).passages(), embeddings.get(agency).passages())));
    }
    System.out.println(shares);
  }

  private static List<Path> texts(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
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
        "%-48s %6.1f articles/s  %.1f passages each, %6.1f passages/s  (%.1f s)%n",
        label, articles / seconds, (double) passages / articles, passages / seconds, seconds);
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
