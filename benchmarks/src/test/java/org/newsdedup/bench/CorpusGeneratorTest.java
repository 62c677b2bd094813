package org.newsdedup.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.SetSimilarity;
import org.newsdedup.text.Shingles;

class CorpusGeneratorTest {
  private static final Path TESTDATA = Path.of("..", "testdata");

  @Test
  void theSameSeedWritesTheSameFilesByteForByte(@TempDir Path temp) throws IOException {
    CorpusGenerator.fromTestdata(TESTDATA, 3).write(temp.resolve("a"), 300);
    CorpusGenerator.fromTestdata(TESTDATA, 3).write(temp.resolve("b"), 300);
    for (int index : new int[] {0, 1, 150, 299}) {
      assertEquals(
          Files.readString(CorpusGenerator.file(temp.resolve("a"), index)),
          Files.readString(CorpusGenerator.file(temp.resolve("b"), index)));
    }
    assertEquals(
        Files.readString(temp.resolve("a").resolve(CorpusGenerator.LABELS)),
        Files.readString(temp.resolve("b").resolve(CorpusGenerator.LABELS)));
  }

  @Test
  void anotherSeedWritesAnotherCorpus() throws IOException {
    assertNotEquals(
        CorpusGenerator.fromTestdata(TESTDATA, 1).page(5),
        CorpusGenerator.fromTestdata(TESTDATA, 2).page(5));
  }

  @Test
  void kindsComeInTheirSharesAndCopiesPointToEarlierOriginals() throws IOException {
    CorpusGenerator generator = CorpusGenerator.fromTestdata(TESTDATA, 1);
    Map<CorpusGenerator.Kind, Integer> counts = new EnumMap<>(CorpusGenerator.Kind.class);
    for (int index = 0; index < 4000; index++) {
      CorpusGenerator.Label label = generator.label(index);
      counts.merge(label.kind(), 1, Integer::sum);
      assertTrue(label.origin() <= index);
      assertEquals(CorpusGenerator.Kind.ORIGINAL, generator.label(label.origin()).kind());
    }
    assertEquals(0.7, counts.get(CorpusGenerator.Kind.ORIGINAL) / 4000.0, 0.03);
    assertEquals(0.1, counts.get(CorpusGenerator.Kind.NEAR_COPY) / 4000.0, 0.02);
  }

  /** Copies are copies once cleaned, rewrites are not, and unrelated originals share little. */
  @Test
  void cleanedCopiesAreSimilarAndOriginalsAreNot() throws IOException {
    CorpusGenerator generator = CorpusGenerator.fromTestdata(TESTDATA, 1);
    int exact = 0;
    int checked = 0;
    for (int index = 1; index < 400; index++) {
      CorpusGenerator.Label label = generator.label(index);
      double jaccard = jaccard(generator.page(index), generator.page(label.origin()));
      switch (label.kind()) {
        case EXACT_COPY -> {
          checked++;
          exact += jaccard == 1.0 ? 1 : 0;
        }
        case NEAR_COPY -> assertTrue(jaccard > 0.3, "near copy " + index + ": " + jaccard);
        case REWRITE -> assertTrue(jaccard < 0.3, "rewrite " + index + ": " + jaccard);
        case ORIGINAL -> assertTrue(jaccard(generator.page(index), generator.page(index - 1)) < 0.05);
      }
    }
    assertEquals(checked, exact, "exact copies whose cleaned text differs from the original's");
  }

  private static double jaccard(String pageA, String pageB) {
    return SetSimilarity.compare(shingles(pageA), shingles(pageB)).jaccard();
  }

  private static long[] shingles(String page) {
    return Shingles.of(ArticleCleaner.clean(page).text(), ShingleSets.SHINGLE_SIZE);
  }
}
