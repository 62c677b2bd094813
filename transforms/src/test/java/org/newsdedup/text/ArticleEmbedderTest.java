package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real model, from the classpath, with no network. */
class ArticleEmbedderTest {
  private static final ArticleEmbedder EMBEDDER = ArticleEmbedder.create();

  private static final String RATES =
      "The central bank raised interest rates by half a percentage point on Thursday to fight inflation.";
  private static final String RATES_PARAPHRASE =
      "Interest rates went up by half a point on Thursday as the central bank tried to bring inflation down.";
  private static final String FOOTBALL =
      "The home side won the cup final after a dramatic penalty shootout in front of a sold-out stadium.";

  @Test
  void theSameTextGivesTheSameUnitVector() {
    float[] first = EMBEDDER.embed(RATES);
    float[] second = EMBEDDER.embed(RATES);

    assertEquals(ArticleEmbedder.DIMENSION, first.length);
    assertArrayEquals(first, second);
    assertEquals(1.0, Cosine.of(first, first), 1e-6);
    double norm = 0;
    for (float x : first) {
      norm += x * x;
    }
    assertEquals(1.0, norm, 1e-5);
  }

  @Test
  void aParaphraseIsCloserThanAnUnrelatedSentence() {
    float[] rates = EMBEDDER.embed(RATES);
    double paraphrase = Cosine.of(rates, EMBEDDER.embed(RATES_PARAPHRASE));
    double unrelated = Cosine.of(rates, EMBEDDER.embed(FOOTBALL));

    assertTrue(paraphrase > 0.7, "paraphrase " + paraphrase);
    assertTrue(unrelated < 0.3, "unrelated " + unrelated);
    assertTrue(paraphrase > unrelated + 0.4);
  }

  /** Two paragraphs too long to share one passage (each over half the model's 128 tokens). */
  private static final String RATES_PARAGRAPH =
      RATES + " It was the third rise this year, and the bank said more could follow if prices"
          + " kept climbing faster than wages. Mortgage lenders said they would pass the rise on"
          + " to borrowers within days, and shares in house builders fell in early trading as"
          + " investors weighed the cost for buyers.";
  private static final String FOOTBALL_PARAGRAPH =
      FOOTBALL + " The visitors had led for most of the match, but a late equaliser forced extra"
          + " time and then penalties. Their goalkeeper saved the first two kicks, yet the home"
          + " side scored all of theirs, and thousands of fans ran onto the pitch at the final"
          + " whistle to celebrate the club's first trophy in a decade.";

  @Test
  void anArticleIsTheNormalisedMeanOfItsPassages() {
    String article = RATES_PARAGRAPH + "\n" + FOOTBALL_PARAGRAPH;

    ArticleEmbedder.ArticleEmbedding embedding = EMBEDDER.embedArticles(List.of(article)).get(0);

    assertEquals(2, embedding.passages().size());
    assertArrayEquals(EMBEDDER.embed(RATES_PARAGRAPH), embedding.passages().get(0), 1e-6f);
    assertArrayEquals(EMBEDDER.embed(FOOTBALL_PARAGRAPH), embedding.passages().get(1), 1e-6f);
    float[] sum = new float[ArticleEmbedder.DIMENSION];
    for (float[] passage : embedding.passages()) {
      for (int d = 0; d < sum.length; d++) {
        sum[d] += passage[d];
      }
    }
    assertArrayEquals(Cosine.normalize(sum), embedding.article(), 1e-6f);
  }

  /**
   * Short paragraphs share a passage, and joining their tokens is exactly tokenizing the joined
   * text: two lines give the vector of the one line that holds both.
   */
  @Test
  void shortParagraphsShareAPassageAsIfTheyWereOneLine() {
    ArticleEmbedder.ArticleEmbedding lines =
        EMBEDDER.embedArticles(List.of(RATES + "\n" + RATES_PARAPHRASE)).get(0);

    assertEquals(1, lines.passages().size());
    assertArrayEquals(EMBEDDER.embed(RATES + " " + RATES_PARAPHRASE), lines.article());
  }

  /** The vectors langchain4j's own model object gives, to within rounding. */
  @Test
  void theVectorsAreThoseOfTheStockModelObject() {
    EmbeddingModel stock = new AllMiniLmL6V2QuantizedEmbeddingModel();
    for (String text : List.of(RATES, FOOTBALL_PARAGRAPH)) {
      float[] theirs = stock.embed(text).content().vector();
      assertArrayEquals(theirs, EMBEDDER.embed(text), 1e-3f, text);
    }
  }

  @Test
  void severalArticlesInOneCallGetTheVectorsEachGetsAlone() {
    List<float[]> together = EMBEDDER.embedAll(List.of(RATES, FOOTBALL, RATES_PARAPHRASE));

    assertArrayEquals(EMBEDDER.embed(RATES), together.get(0), 1e-6f);
    assertArrayEquals(EMBEDDER.embed(FOOTBALL), together.get(1), 1e-6f);
    assertArrayEquals(EMBEDDER.embed(RATES_PARAPHRASE), together.get(2), 1e-6f);
  }

  @Test
  void onlyTheLeadIsReadUnlessAskedForMore() {
    String lead = RATES_PARAGRAPH + "\n" + RATES_PARAGRAPH.replace("third", "fourth");
    StringBuilder article = new StringBuilder(lead);
    for (int i = 0; i < 20; i++) {
      article.append('\n').append(FOOTBALL_PARAGRAPH);
    }
    assertTrue(Words.count(article.toString()) > Passages.DEFAULT_MAX_WORDS * 2);

    ArticleEmbedder.ArticleEmbedding defaults =
        EMBEDDER.embedArticles(List.of(article.toString())).get(0);
    ArticleEmbedder.ArticleEmbedding whole =
        ArticleEmbedder.create(0).embedArticles(List.of(article.toString())).get(0);

    // Each paragraph is a passage of its own (two do not fit in one), up to the one that
    // crosses 300 words.
    int leadParagraphs = 0;
    for (int words = 0; words < Passages.DEFAULT_MAX_WORDS; leadParagraphs++) {
      words += Words.count(leadParagraphs < 2 ? RATES_PARAGRAPH : FOOTBALL_PARAGRAPH);
    }
    assertEquals(leadParagraphs, defaults.passages().size());
    assertEquals(22, whole.passages().size());
  }

  @Test
  void aTextWithNoWordsIsTheZeroVector() {
    float[] none = EMBEDDER.embed(" \n ");

    assertArrayEquals(new float[ArticleEmbedder.DIMENSION], none);
    assertEquals(0.0, Cosine.of(none, EMBEDDER.embed(RATES)));
  }

  @Test
  void theModelIsSetUpToRunOffline() {
    assertEquals("true", System.getProperty("ai.djl.offline"));
    String cache = System.getenv("DJL_CACHE_DIR");
    assertTrue(
        (cache != null && !cache.isEmpty()) || System.getProperty("DJL_CACHE_DIR") != null,
        "DJL has a cache folder it can write");
  }
}
