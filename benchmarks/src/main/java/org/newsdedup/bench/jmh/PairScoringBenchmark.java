package org.newsdedup.bench.jmh;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.ShingleWeights;
import org.newsdedup.text.Shingles;
import org.newsdedup.text.WeighedShingles;
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
 * Microseconds per candidate pair of the duplicate tier's verification, over every pair of the
 * benchmark pages (most of them share only their site's template, as most LSH candidates do):
 * the full weighted merge with a weight lookup per shingle, against weights looked up once per
 * article and a merge that gives up once the judge's least shared weight is out of reach. The
 * floor of common shingles is scaled to the 64 pages (4 texts).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PairScoringBenchmark {
  private static final int FLOOR = 4;

  private final CopyJudge judge = new CopyJudge(0.5, 0.8);
  private long[][] shingles;
  private WeighedShingles[] weighed;
  private ShingleWeights weights;
  private int left;
  private int right = 1;

  @Setup
  public void shinglePages() throws IOException {
    String[] pages = BenchPages.pages();
    shingles = new long[pages.length][];
    Map<Long, Integer> texts = new HashMap<>();
    for (int i = 0; i < pages.length; i++) {
      shingles[i] = Shingles.of(ArticleCleaner.clean(pages[i]).text(), 5);
      for (long shingle : shingles[i]) {
        texts.merge(shingle, 1, Integer::sum);
      }
    }
    weights = new ShingleWeights(CommonShingles.ofCounts(FLOOR, texts));
    weighed = new WeighedShingles[pages.length];
    for (int i = 0; i < pages.length; i++) {
      weighed[i] = WeighedShingles.of(shingles[i], weights);
    }
  }

  private void nextPair() {
    if (++right == shingles.length) {
      left = (left + 1) % (shingles.length - 1);
      right = left + 1;
    }
  }

  @Benchmark
  public String fullMerge() {
    nextPair();
    return judge.relation(SetSimilarity.compare(shingles[left], shingles[right], weights));
  }

  @Benchmark
  public String boundedMerge() {
    nextPair();
    WeighedShingles a = weighed[left];
    WeighedShingles b = weighed[right];
    SetSimilarity.Scores scores =
        SetSimilarity.compareIfReaching(a, b, judge.minSharedWeight(a.total(), b.total()));
    return scores == null ? null : judge.relation(scores);
  }
}
