package org.newsdedup.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.MinHash;
import org.newsdedup.text.Shingles;
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

/**
 * Microseconds per cleaned article of the duplicate tier's per-article work: its 5-word shingle
 * set, and the MinHash signature (42 bands × 3 rows, the pipeline's default) with its band keys.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ShinglesBenchmark {
  private String[] texts;
  private long[][] shingles;
  private MinHash minHash;
  private int next;

  @Setup
  public void cleanPages() throws IOException {
    String[] pages = BenchPages.pages();
    texts = new String[pages.length];
    shingles = new long[pages.length][];
    for (int i = 0; i < pages.length; i++) {
      texts[i] = ArticleCleaner.clean(pages[i]).text();
      shingles[i] = Shingles.of(texts[i], 5);
    }
    minHash = new MinHash(42, 3);
  }

  @Benchmark
  public long[] shingle() {
    next = (next + 1) % texts.length;
    return Shingles.of(texts[next], 5);
  }

  @Benchmark
  public long[] minHashBandKeys() {
    next = (next + 1) % shingles.length;
    return minHash.bandKeys(minHash.signature(shingles[next]));
  }
}
