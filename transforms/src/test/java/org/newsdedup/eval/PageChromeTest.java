package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.text.ArticleCleaner;

class PageChromeTest {
  private static final List<String> ARTICLE =
      List.of(
          "The regional council approved a plan on Tuesday to reopen the old ferry line between"
              + " the two harbour towns, closed since a storm damaged its pier three years ago.",
          "Work on the pier will begin in the spring, and the first crossings are planned for the"
              + " following summer, a council spokeswoman said.");

  @Test
  void everyOutletsPageCleansBackToTheArticle() {
    for (int outlet = 0; outlet < PageChrome.outletCount(); outlet++) {
      String page =
          PageChrome.page(
              outlet, "Ferry line to reopen after three years", "Amelia Hart",
              LocalDate.of(2024, 3, 5), ARTICLE, List.of("Other headline one", "Another story"), null);

      assertEquals(ARTICLE, ArticleCleaner.clean(page).paragraphs(), "outlet " + outlet + ":\n" + page);
    }
  }

  @Test
  void aSlidePageCarriesItsCounterAndLeavesOutMissingLines() {
    String page = PageChrome.page(1, "Headline", null, null, ARTICLE, List.of(), "2 / 3");

    assertTrue(page.contains("\n2 / 3\n"), page);
    assertTrue(!page.contains("By ") && !page.contains("More from"), page);
  }
}
