package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleVariantsTest {
  private static final List<String> ARTICLE =
      List.of(
          "LONDON (Reuters) - The defence ministry will organise a programme of talks.",
          "Prices rose 4 per cent at the centre of the city.",
          "Officials travelled to the neighbouring town.",
          "A fourth paragraph closes the report.");

  @Test
  void respellingTurnsBritishIntoAmericanAndBack() {
    List<String> american = ArticleVariants.respell(ARTICLE, true);

    assertEquals("LONDON (Reuters) - The defense ministry will organize a program of talks.", american.get(0));
    assertEquals("Prices rose 4 percent at the center of the city.", american.get(1));
    assertEquals(ARTICLE, ArticleVariants.respell(american, false));
  }

  @Test
  void aDroppedParagraphIsNeverTheLead() {
    for (int seed = 0; seed < 20; seed++) {
      List<String> dropped = ArticleVariants.dropParagraph(ARTICLE, new Random(seed));
      assertEquals(3, dropped.size());
      assertEquals(ARTICLE.get(0), dropped.get(0));
    }
    assertEquals(ARTICLE.subList(0, 3), ArticleVariants.dropParagraph(ARTICLE.subList(0, 3), new Random(1)));
  }

  @Test
  void aNewDatelineReplacesTheOldOneOrLeadsTheText() {
    String replaced = ArticleVariants.redateline(ARTICLE, new Random(1)).get(0);
    assertTrue(replaced.endsWith(") - The defence ministry will organise a programme of talks.")
        || replaced.endsWith(") — The defence ministry will organise a programme of talks."), replaced);
    assertEquals(1, replaced.split("\\(").length - 1, "one dateline only: " + replaced);

    String added = ArticleVariants.redateline(List.of("No dateline here."), new Random(1)).get(0);
    assertTrue(added.endsWith("No dateline here.") && added.length() > "No dateline here.".length());
  }

  @Test
  void aTruncationKeepsTheStartUpToItsShare() {
    List<String> half = ArticleVariants.truncate(ARTICLE, 0.5);

    assertEquals(ARTICLE.get(0), half.get(0));
    int words = ArticleVariants.wordCount(half);
    assertTrue(words <= Math.ceil(ArticleVariants.wordCount(ARTICLE) * 0.5) + 1, half.toString());
    assertTrue(words >= ArticleVariants.wordCount(ARTICLE) * 0.4, half.toString());
  }

  @Test
  void anExcerptIsARunOfParagraphsOfAtLeastItsShare() {
    List<String> excerpt = ArticleVariants.excerpt(ARTICLE, 0.4, new Random(2));

    assertTrue(ArticleVariants.wordCount(excerpt) >= ArticleVariants.wordCount(ARTICLE) * 0.4);
    int first = ARTICLE.indexOf(excerpt.get(0));
    assertEquals(ARTICLE.subList(first, first + excerpt.size()), excerpt);
  }

  @Test
  void slidesSplitTheArticleInOrder() {
    List<List<String>> slides = ArticleVariants.slides(ARTICLE, 2);

    assertEquals(2, slides.size());
    List<String> joined = new ArrayList<>();
    slides.forEach(joined::addAll);
    assertEquals(ARTICLE, joined);
  }
}
