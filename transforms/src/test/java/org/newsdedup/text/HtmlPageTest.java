package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlPageTest {
  private static final String PAGE =
      String.join(
          "\n",
          "<!doctype html><html><head><title>Ignored title</title>",
          "<script>var tracking = 'never read';</script><style>p{color:red}</style></head>",
          "<body><nav><a href='/'>News</a> <a href='/sport'>Sport</a></nav>",
          "<ol class='breadcrumb'><li>Home</li><li>World</li></ol>",
          "<article><h1>Talks resume</h1>",
          "<figure><img src='x.jpg' alt='Two diplomats shake hands'>",
          "<figcaption>The ministers in Islamabad. Photo: Jane Roe</figcaption></figure>",
          "<p>Ministers met on <em>Monday</em> and agreed to resume talks.</p>",
          "<p>See <a href='/a'>the full timeline</a>.</p>",
          "<div class='story-text'>First line<br><br>second line</div>",
          "</article><footer><p>&copy; 2024 The Courier</p></footer>",
          "<iframe src='https://ads.example/frame'></iframe></body></html>");

  private static List<String> lines(DocumentLines doc) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      lines.add(doc.line(i));
    }
    return lines;
  }

  @Test
  void eachParagraphLevelElementIsABlockAndScriptsAreNeverRead() {
    DocumentLines doc = HtmlPage.blocksOf(PAGE);

    assertEquals(
        List.of("News Sport", "Home", "World", "Talks resume", "Two diplomats shake hands",
            "The ministers in Islamabad. Photo: Jane Roe",
            "Ministers met on Monday and agreed to resume talks.", "See the full timeline.",
            "First line", "second line", "© 2024 The Courier"),
        lines(doc));
  }

  @Test
  void captionsAltTextAndBreadcrumbsComeWithTheirReasons() {
    DocumentLines doc = HtmlPage.blocksOf(PAGE);

    assertEquals(BreadcrumbRule.REASON, doc.reason(1));
    assertEquals(BreadcrumbRule.REASON, doc.reason(2));
    assertEquals(CaptionAltTextRule.REASON, doc.reason(4));
    assertEquals(PhotoCreditRule.CAPTION, doc.reason(5));
    assertNull(doc.reason(6));
  }

  @Test
  void theMarkupSaysWhereEachBlockSitsAndHowMuchOfItIsLinks() {
    DocumentLines doc = HtmlPage.blocksOf(PAGE);

    assertTrue(doc.structure(0).inFurniture());
    // "News" and "Sport" are links, the space between them is not: 9 of 10 characters.
    assertEquals(0.9, doc.structure(0).linkDensity(), 1e-9);
    assertTrue(doc.structure(3).heading());
    assertTrue(doc.structure(6).inArticle());
    assertFalse(doc.structure(6).inFurniture());
    assertEquals(0.0, doc.structure(6).linkDensity(), 1e-9);
    assertEquals(17.0 / 22, doc.structure(7).linkDensity(), 1e-9);
    assertTrue(doc.structure(10).inFurniture());
    assertTrue(doc.structure(10).outsideMarkedArticle());
  }

  @Test
  void blocksKeepTheSourceLineTheyStartOn() {
    DocumentLines doc = HtmlPage.blocksOf(PAGE);

    assertEquals(3, doc.lineNumber(0));
    assertEquals(8, doc.lineNumber(6));
    assertEquals(11, doc.lineNumber(10));
  }

  @Test
  void aPageWithoutBodyTextGivesNoBlocks() {
    assertEquals(0, HtmlPage.blocksOf("").size());
    assertEquals(0, HtmlPage.blocksOf("<html><head><title>x</title></head></html>").size());
  }
}
