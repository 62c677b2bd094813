package org.newsdedup.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CleanedText;
import org.newsdedup.text.DateOrder;
import org.newsdedup.text.LanguageIdentifier;
import org.newsdedup.text.Metadata;
import org.newsdedup.text.MetadataExtractor;
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
import org.openjdk.jmh.infra.Blackhole;

/** Microseconds to read one cleaned article's metadata and language, as ExtractMetadata does. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MetadataBenchmark {
  private CleanedText[] cleaned;
  private int next;

  @Setup
  public void cleanPages() throws IOException {
    String[] pages = BenchPages.pages();
    cleaned = new CleanedText[pages.length];
    for (int i = 0; i < pages.length; i++) {
      cleaned[i] = ArticleCleaner.clean(pages[i]);
    }
  }

  @Benchmark
  public void extract(Blackhole sink) {
    next = (next + 1) % cleaned.length;
    CleanedText article = cleaned[next];
    Metadata metadata =
        MetadataExtractor.extract(article.paragraphs(), article.removedLines(), DateOrder.DAY_FIRST);
    sink.consume(metadata);
    sink.consume(LanguageIdentifier.identify(article.text()));
  }
}
