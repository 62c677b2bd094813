package org.newsdedup.bench.jmh;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CleanedText;
import org.newsdedup.text.DateOrder;
import org.newsdedup.text.LanguageIdentifier;
import org.newsdedup.text.MetadataExtractor;

/**
 * {@link MetadataBenchmark}'s work on the same pages, timed by the thread's CPU time instead of
 * the wall clock: on a machine shared with other jobs JMH's figures mostly measure the
 * neighbours. Prints microseconds an article for each of a few rounds after as many warm-up
 * rounds. Run with {@code ./newsdedup bench metadata-cpu [articles a round]}.
 */
public final class MetadataCpuTime {
  private static final int DEFAULT_ARTICLES = 10_000;
  private static final int WARM_UP_ROUNDS = 2;
  private static final int ROUNDS = 4;

  private MetadataCpuTime() {}

  public static void main(String[] args) throws IOException {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ARTICLES;
    String[] pages = BenchPages.pages();
    CleanedText[] cleaned = new CleanedText[pages.length];
    for (int i = 0; i < pages.length; i++) {
      cleaned[i] = ArticleCleaner.clean(pages[i]);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long checksum = 0;
    for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      long wallStart = System.nanoTime();
      for (int i = 0; i < articles; i++) {
        CleanedText article = cleaned[i % cleaned.length];
        checksum += MetadataExtractor.extract(
            article.paragraphs(), article.removedLines(), DateOrder.DAY_FIRST).entities().people().size();
        checksum += LanguageIdentifier.identify(article.text()).confidence() > 0 ? 1 : 0;
      }
      double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e3 / articles;
      double wallMicros = (System.nanoTime() - wallStart) / 1e3 / articles;
      if (round >= WARM_UP_ROUNDS) {
        System.out.printf(Locale.ROOT, "round %d: %.1f µs an article by thread CPU, %.1f by the wall clock%n",
            round - WARM_UP_ROUNDS + 1, cpuMicros, wallMicros);
      }
    }
    System.out.printf(Locale.ROOT, "%d pages, %d articles a round (checksum %d)%n", cleaned.length, articles, checksum);
  }
}
