package org.newsdedup.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.ArticleEmbedder;
import org.newsdedup.text.ContentHash;
import org.newsdedup.text.Cosine;
import org.newsdedup.text.MinHash;
import org.newsdedup.text.MinHashEstimates;
import org.newsdedup.text.Passages;
import org.newsdedup.text.QuantizedVectors;
import org.newsdedup.text.Shingles;
import org.newsdedup.text.Words;

/**
 * Prints what the index costs and loses on real articles (the seeds and {@code
 * testdata/unrelated}): bytes per entry in an index file, and how far the cosine of every pair
 * moves when the embeddings are quantized to one byte per dimension. Not a unit test: run it
 * from the repository root with
 *
 * <pre>
 * mvn -B -q -pl transforms test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
 *     -Dexec.mainClass=org.newsdedup.io.IndexFigures -Dexec.classpathScope=test
 * </pre>
 */
public final class IndexFigures {
  private IndexFigures() {}

  public static void main(String[] args) throws IOException {
    Path root = Files.isDirectory(Path.of("testdata")) ? Path.of("testdata") : Path.of("../testdata");
    List<Path> files = new ArrayList<>();
    for (String folder : List.of("seeds", "unrelated")) {
      try (Stream<Path> listed = Files.list(root.resolve(folder))) {
        listed.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    List<String> texts = new ArrayList<>();
    for (Path file : files) {
      texts.add(ArticleCleaner.clean(Files.readString(file, StandardCharsets.UTF_8)).text());
    }
    ArticleEmbedder embedder = ArticleEmbedder.create(Passages.DEFAULT_MAX_WORDS);
    List<float[]> vectors = new ArrayList<>();
    for (ArticleEmbedder.ArticleEmbedding embedding : embedder.embedArticles(texts)) {
      vectors.add(embedding.article());
    }

    double worst = 0;
    double total = 0;
    int pairs = 0;
    for (int i = 0; i < vectors.size(); i++) {
      for (int j = i + 1; j < vectors.size(); j++) {
        double exact = Cosine.of(vectors.get(i), vectors.get(j));
        double quantized =
            QuantizedVectors.cosine(
                QuantizedVectors.quantize(vectors.get(i)), QuantizedVectors.quantize(vectors.get(j)));
        worst = Math.max(worst, Math.abs(exact - quantized));
        total += Math.abs(exact - quantized);
        pairs++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d pairs: cosine moved by %.5f on average, %.5f at most, once quantized%n",
        vectors.size(), pairs, total / pairs, worst);

    MinHash minHash = new MinHash(42, 3);
    List<IndexEntry> entries = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      long[] shingles = Shingles.of(text, 5);
      String hash = ContentHash.of(text);
      entries.add(
          new IndexEntry(
              "/data/news/2024-01-29/" + files.get(i).getFileName(), "2024-01-29", "2024-01-29",
              hash, Words.count(text), shingles.length,
              MinHashEstimates.compact(minHash.signature(shingles)),
              QuantizedVectors.quantize(vectors.get(i)), "duplicate-" + hash.substring(0, 16),
              "story-" + hash.substring(0, 16)));
    }
    int empty = bytesOf(List.of());
    int full = bytesOf(entries);
    System.out.printf(
        Locale.ROOT,
        "index file of %d entries: %d bytes, %d of them the header: %.0f bytes per entry%n",
        entries.size(), full, empty, (double) (full - empty) / entries.size());
  }

  private static int bytesOf(List<IndexEntry> entries) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IndexFiles.write(entries, out);
    return out.size();
  }
}
