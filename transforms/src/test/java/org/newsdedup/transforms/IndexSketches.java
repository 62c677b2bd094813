package org.newsdedup.transforms;

import java.util.List;
import org.newsdedup.model.Article;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.text.MinHash;
import org.newsdedup.text.MinHashEstimates;
import org.newsdedup.text.Shingles;

/** Index entries for tests, made the way {@link MakeIndexEntries} makes them, without a pipeline. */
final class IndexSketches {
  private static final MinHash MIN_HASH = new MinHash(42, 3);

  private IndexSketches() {}

  static IndexEntry entry(Article article, String runDate, String duplicateGroup) {
    long[] shingles = Shingles.of(article.text, 5);
    return new IndexEntry(
        article.id, runDate, article.publishedDate, article.contentHash, article.wordCount,
        shingles.length, MinHashEstimates.compact(MIN_HASH.signature(shingles)), new byte[0],
        duplicateGroup, null);
  }

  /** The text with the words at these positions replaced: an edited copy. */
  static String edited(List<String> words, int... positions) {
    String[] copy = words.toArray(String[]::new);
    for (int position : positions) {
      copy[position] = "editedx";
    }
    return TestArticles.text(List.of(copy));
  }
}
