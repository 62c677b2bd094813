package org.newsdedup.bench.jmh;

import java.io.IOException;
import java.nio.file.Path;
import org.newsdedup.bench.CorpusGenerator;

/** The pages the micro-benchmarks work on: the first articles of the benchmark corpus (seed 1). */
final class BenchPages {
  static final int COUNT = 64;

  private BenchPages() {}

  static String[] pages() throws IOException {
    Path testdata = Path.of(System.getProperty("newsdedup.testdata", "testdata"));
    CorpusGenerator generator = CorpusGenerator.fromTestdata(testdata, 1);
    String[] pages = new String[COUNT];
    for (int i = 0; i < COUNT; i++) {
      pages[i] = generator.page(i);
    }
    return pages;
  }
}
