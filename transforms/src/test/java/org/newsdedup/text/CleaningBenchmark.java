package org.newsdedup.text;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Measures the cleaner's speed on one core, on three inputs cleaned over and over for a few
 * seconds after a warm-up on all of them: news articles (the seed articles and the gold article texts of the
 * evaluation corpus: paragraphs of prose, as most of a news feed is), scraped pages (the
 * evaluation corpus's pages: 30-70% short furniture lines) and HTML pages, in every mode. It prints
 * megabytes of input (UTF-8) per second of this thread's CPU time, which is what one core does
 * whatever else the machine runs, and per second of wall clock. Not a unit test: run it from the
 * repository root with
 *
 * <pre>
 * mvn -B -q -pl transforms test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.newsdedup.text.CleaningBenchmark -Dexec.classpathScope=test
 * </pre>
 *
 * Optional argument ({@code -Dexec.args="..."}): seconds to time each case (default 5).
 */
public final class CleaningBenchmark {
  private static final double MEGABYTE = 1_000_000.0;

  private record Page(String name, String content, long bytes) {}

  private CleaningBenchmark() {}

  public static void main(String[] args) throws IOException {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
    Path root = Files.isDirectory(Path.of("testdata")) ? Path.of("testdata") : Path.of("../testdata");
    List<Page> news = pages(root.resolve("seeds"), ".txt");
    news.addAll(pages(root.resolve("eval/gold"), ".txt"));
    List<Page> scraped = pages(root.resolve("eval/pages"), ".txt");
    List<Page> html = pages(root.resolve("eval-html/pages"), ".html");
    System.out.printf(Locale.ROOT,
        "%d news articles (%.2f MB), %d scraped pages (%.2f MB), %d HTML pages (%.2f MB)%n",
        news.size(), total(news) / MEGABYTE, scraped.size(), total(scraped) / MEGABYTE,
        html.size(), total(html) / MEGABYTE);
    // The JIT compiles the cleaner on all inputs first, so that the first case timed is not the
    // one that pays for it.
    for (int round = 0; round < 3; round++) {
      for (CleaningMode mode : CleaningMode.values()) {
        run(news, mode, seconds / 3);
        run(scraped, mode, seconds / 3);
      }
      run(html, CleaningMode.BALANCED, seconds / 3);
    }
    for (CleaningMode mode : CleaningMode.values()) {
      time("news " + mode.label(), news, mode, seconds);
    }
    for (CleaningMode mode : CleaningMode.values()) {
      time("scraped " + mode.label(), scraped, mode, seconds);
    }
    time("html balanced", html, CleaningMode.BALANCED, seconds);
  }

  private static void time(String label, List<Page> pages, CleaningMode mode, double seconds) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long wallStart = System.nanoTime();
    long bytes = run(pages, mode, seconds);
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double wall = (System.nanoTime() - wallStart) / 1e9;
    System.out.printf(Locale.ROOT, "%-19s %7.1f MB/s per core (CPU time)   %7.1f MB/s wall clock%n",
        label, bytes / MEGABYTE / cpu, bytes / MEGABYTE / wall);
  }

  /** Cleans the pages round and round for about {@code seconds}; returns the bytes cleaned. */
  private static long run(List<Page> pages, CleaningMode mode, double seconds) {
    long end = System.nanoTime() + (long) (seconds * 1e9);
    long bytes = 0;
    int kept = 0;
    while (System.nanoTime() < end) {
      for (Page page : pages) {
        kept += ArticleCleaner.clean(page.name(), page.content(), InputFormat.AUTO, mode)
            .paragraphs().size();
        bytes += page.bytes();
      }
    }
    if (kept < 0) {
      throw new AssertionError("unreachable: keeps the work from being optimised away");
    }
    return bytes;
  }

  private static List<Page> pages(Path folder, String extension) throws IOException {
    List<Page> pages = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(extension)).sorted().toList()) {
        String content = Files.readString(file);
        pages.add(new Page(file.getFileName().toString(), content,
            content.getBytes(StandardCharsets.UTF_8).length));
      }
    }
    return pages;
  }

  private static long total(List<Page> pages) {
    return pages.stream().mapToLong(Page::bytes).sum();
  }
}
