package org.newsdedup.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CleanedText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Microseconds to clean one page of the benchmark corpus (about 4 KB). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CleanerBenchmark {
  private String[] pages;
  private int next;

  @Setup
  public void loadPages() throws IOException {
    pages = BenchPages.pages();
  }

  @Benchmark
  public CleanedText clean() {
    next = (next + 1) % pages.length;
    return ArticleCleaner.clean(pages[next]);
  }
}
