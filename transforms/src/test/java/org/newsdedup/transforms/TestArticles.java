package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsdedup.model.Article;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.text.ContentHash;
import org.newsdedup.text.Words;

/** Articles for grouping tests: random prose from a fixed seed, so unrelated texts share nothing. */
final class TestArticles {
  private static final String[] VOCABULARY = vocabulary();

  private TestArticles() {}

  /** {@code words} pseudo-random words, the same for the same seed. */
  static List<String> words(long seed, int words) {
    Random random = new Random(seed);
    List<String> text = new ArrayList<>();
    for (int i = 0; i < words; i++) {
      text.add(VOCABULARY[random.nextInt(VOCABULARY.length)]);
    }
    return text;
  }

  static String text(List<String> words) {
    return String.join(" ", words) + ".";
  }

  /** A side input of common shingles, as {@link CountCommonShingles} makes one. */
  static PCollectionView<CommonShingles> commonShingles(Pipeline pipeline, CommonShingles common) {
    return pipeline
        .apply("CommonShingles", Create.of(common))
        .apply("CommonShinglesView", View.asSingleton());
  }

  static Article article(String id, String text, String publishedDate) {
    return Article.builder()
        .id(id)
        .source(id)
        .charset("UTF-8")
        .publishedDate(publishedDate, publishedDate == null ? null : "date " + publishedDate)
        .text(text)
        .wordCount(Words.count(text))
        .contentHash(ContentHash.of(text))
        .build();
  }

  private static String[] vocabulary() {
    String[] words = new String[2000];
    for (int i = 0; i < words.length; i++) {
      StringBuilder word = new StringBuilder();
      int n = i;
      do {
        word.append((char) ('a' + n % 26));
        n /= 26;
      } while (n > 0);
      words[i] = word.append("x").toString();
    }
    return words;
  }
}
