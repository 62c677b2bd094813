package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Embeds an article as one 384-dimension unit vector: the normalised mean of its passages'
 * embeddings by all-MiniLM-L6-v2, up to the first {@link Passages#DEFAULT_MAX_WORDS} words. A
 * passage is as many consecutive pieces of the article (its paragraphs, cut at sentence ends when
 * long: {@link Passages}) as fit whole in the model's 128 tokens ({@link TokenPassages}).
 * Passages rather than the whole text, because the model reads only 128 tokens: a whole page
 * would be judged by its first paragraph, or by its page chrome. The passages of all articles of
 * one call go to the model together, which runs them in parallel, one core each.
 *
 * <p>The model is loaded once per JVM ({@link MiniLmModel}); instances of this class are cheap
 * and share it. Embeddings are deterministic on one machine; another CPU may differ in the last
 * bits of a float, far below the 4 decimals that scores are reported with.
 */
public final class ArticleEmbedder {
  public static final int DIMENSION = MiniLmModel.DIMENSION;

  /** An article's vector and its passages' vectors, in passage order. */
  public record ArticleEmbedding(float[] article, List<float[]> passages) {}

  private final MiniLmModel model;
  private final int maxWords;

  private ArticleEmbedder(MiniLmModel model, int maxWords) {
    this.model = model;
    this.maxWords = maxWords;
  }

  /** An embedder on the shared model, loading it on first use (0.6–3 s). */
  public static ArticleEmbedder create() {
    return create(Passages.DEFAULT_MAX_WORDS);
  }

  /** An embedder that reads the first {@code maxWords} words of each article (0: all). */
  public static ArticleEmbedder create(int maxWords) {
    if (maxWords < 0) {
      throw new IllegalArgumentException("maxWords must be at least 0, got " + maxWords);
    }
    return new ArticleEmbedder(MiniLmModel.get(), maxWords);
  }

  /** The embedding of one article's text. */
  public float[] embed(String text) {
    return embedArticles(List.of(text)).get(0).article();
  }

  /** The embeddings of several articles' texts, in order, with one model call. */
  public List<float[]> embedAll(List<String> texts) {
    List<float[]> vectors = new ArrayList<>(texts.size());
    for (ArticleEmbedding embedding : embedArticles(texts)) {
      vectors.add(embedding.article());
    }
    return vectors;
  }

  /**
   * The article and passage embeddings of several texts, in order, with one model call for all
   * their passages. A text with no words gets the zero vector (similar to nothing) and no
   * passages.
   */
  public List<ArticleEmbedding> embedArticles(List<String> texts) {
    List<long[]> inputs = new ArrayList<>();
    int[] firstPassage = new int[texts.size() + 1];
    for (int i = 0; i < texts.size(); i++) {
      firstPassage[i] = inputs.size();
      List<long[]> pieces = new ArrayList<>();
      for (String piece : Passages.of(texts.get(i), maxWords)) {
        pieces.add(model.tokens(piece));
      }
      inputs.addAll(
          TokenPassages.pack(pieces, model.cls(), model.sep(), MiniLmModel.MAX_TOKENS));
    }
    firstPassage[texts.size()] = inputs.size();
    List<float[]> vectors = inputs.isEmpty() ? List.of() : model.embed(inputs);
    List<ArticleEmbedding> articles = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      List<float[]> passages = vectors.subList(firstPassage[i], firstPassage[i + 1]);
      articles.add(new ArticleEmbedding(meanOf(passages), List.copyOf(passages)));
    }
    return articles;
  }

  private static float[] meanOf(List<float[]> passages) {
    double[] sum = new double[DIMENSION];
    for (float[] v : passages) {
      for (int d = 0; d < DIMENSION; d++) {
        sum[d] += v[d];
      }
    }
    float[] mean = new float[DIMENSION];
    for (int d = 0; d < DIMENSION; d++) {
      mean[d] = (float) sum[d];
    }
    return Cosine.normalize(mean);
  }
}
