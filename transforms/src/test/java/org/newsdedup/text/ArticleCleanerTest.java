package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.RemovedLine;

class ArticleCleanerTest {
  private static final Path SEEDS = Path.of("../testdata/seeds");

  private static final String PAGE =
      String.join(
          "\n",
          "Home > World > Asia",
          "",
          "Share Facebook Twitter WhatsApp Email",
          "Pakistan and Iran agree to boost border security",
          "By Jane Doe, Reuters",
          "29 January 2024",
          "Two diplomats shake hands",
          "The ministers met in Islamabad on Monday (Ministry of Foreign Affairs via AP)",
          "Pakistan and Iran agreed on Monday to expand security cooperation after a week of"
              + " deadly strikes.",
          "Advertisement",
          "The foreign ministers said they would set up a hotline between their militaries.",
          "Jane Doe is a senior correspondent covering South Asia.",
          "Read more",
          "In World",
          "-",
          "Russia said on Thursday that a new missile defence base in Poland raised the level of"
              + " nuclear danger.",
          "-",
          "Britain and Romania offered their support to Moldova on Wednesday.");

  private static String seed(String name) throws IOException {
    return Files.readString(SEEDS.resolve(name));
  }

  private static Map<Integer, String> reasonsByLine(CleanedText cleaned) {
    Map<Integer, String> reasons = new TreeMap<>();
    for (RemovedLine line : cleaned.removedLines()) {
      reasons.put(line.lineNumber, line.reason);
    }
    return reasons;
  }

  private static List<String> nonBlankLinesExcept(String text, Map<Integer, String> removed) {
    List<String> lines = LineNormalizer.lines(text);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty() && !removed.containsKey(i + 1)) {
        kept.add(lines.get(i));
      }
    }
    return kept;
  }

  @Test
  void aPageIsSplitIntoArticleAndFurnitureWithAReasonForEachRemovedLine() {
    CleanedText cleaned = ArticleCleaner.clean(PAGE);

    assertEquals(
        List.of(
            "Pakistan and Iran agreed on Monday to expand security cooperation after a week of"
                + " deadly strikes.",
            "The foreign ministers said they would set up a hotline between their militaries."),
        cleaned.paragraphs());
    assertEquals(
        List.of(
            new RemovedLine(1, "Home > World > Asia", "breadcrumb"),
            new RemovedLine(3, "Share Facebook Twitter WhatsApp Email", "share-bar"),
            new RemovedLine(4, "Pakistan and Iran agree to boost border security", "headline"),
            new RemovedLine(5, "By Jane Doe, Reuters", "byline"),
            new RemovedLine(6, "29 January 2024", "date-line"),
            new RemovedLine(7, "Two diplomats shake hands", "image-alt-text"),
            new RemovedLine(
                8,
                "The ministers met in Islamabad on Monday (Ministry of Foreign Affairs via AP)",
                "photo-caption"),
            new RemovedLine(10, "Advertisement", "advertisement"),
            new RemovedLine(
                12, "Jane Doe is a senior correspondent covering South Asia.", "author-bio"),
            new RemovedLine(13, "Read more", "read-more"),
            new RemovedLine(14, "In World", "link-list"),
            new RemovedLine(15, "-", "link-list"),
            new RemovedLine(
                16,
                "Russia said on Thursday that a new missile defence base in Poland raised the level"
                    + " of nuclear danger.",
                "link-list"),
            new RemovedLine(17, "-", "link-list"),
            new RemovedLine(
                18, "Britain and Romania offered their support to Moldova on Wednesday.",
                "link-list")),
        cleaned.removedLines());
  }

  /**
   * Page markup given as text (an HTML file read with the text reader) once made the heading
   * rescue look up the removal reason of a kept line, which has none.
   */
  @Test
  void pageMarkupReadAsTextIsCleanedLikeAnyText() throws IOException {
    Path pages = Path.of("../testdata/eval-html/pages");
    for (String page :
        List.of(
            "h03-amp-national-science.html", "h06-de-table-layout.html",
            "h08-press-release-wire.html")) {
      String markup = Files.readString(pages.resolve(page));
      CleanedText cleaned = ArticleCleaner.clean(markup);

      Map<Integer, String> removed = reasonsByLine(cleaned);
      assertTrue(removed.containsKey(1), page + ": the doctype line is furniture");
    }
  }

  @Test
  void emptyAndBlankTextsCleanToNothing() {
    assertEquals(new CleanedText(List.of(), List.of()), ArticleCleaner.clean(""));
    assertEquals(new CleanedText(List.of(), List.of()), ArticleCleaner.clean("  \n\n\t\n\u00A0"));
    assertEquals("", ArticleCleaner.clean("").text());
  }

  @Test
  void aPageWithNoArticleHasEveryLineRemoved() {
    CleanedText cleaned =
        ArticleCleaner.clean("Home News World\nShare Facebook Twitter\nRead more");

    assertEquals(List.of(), cleaned.paragraphs());
    assertEquals(
        List.of(
            new RemovedLine(1, "Home News World", "breadcrumb"),
            new RemovedLine(2, "Share Facebook Twitter", "share-bar"),
            new RemovedLine(3, "Read more", "read-more")),
        cleaned.removedLines());
  }

  @Test
  void lineNumbersCountBlankLinesAndWindowsLineEndings() {
    CleanedText cleaned =
        ArticleCleaner.clean(
            "Home News World\r\n\r\nTalks resume after the strikes\r\n\r\nBy Jane Doe\r\n"
                + "Ministers met in the capital on Monday and agreed to resume talks within a"
                + " week.\r\n");

    assertEquals(
        List.of(
            new RemovedLine(1, "Home News World", "breadcrumb"),
            new RemovedLine(3, "Talks resume after the strikes", "headline"),
            new RemovedLine(5, "By Jane Doe", "byline")),
        cleaned.removedLines());
    assertEquals(
        "Ministers met in the capital on Monday and agreed to resume talks within a week.",
        cleaned.text());
  }

  @Test
  void keptParagraphsAreNormalised() {
    CleanedText cleaned =
        ArticleCleaner.clean(
            "  Ministers\u00A0met in the  capital on Monday and agreed to resume\u200B talks"
                + " within a week.  \n\tThey will meet again in March.");

    assertEquals(
        List.of(
            "Ministers met in the capital on Monday and agreed to resume talks within a week.",
            "They will meet again in March."),
        cleaned.paragraphs());
    assertEquals(List.of(), cleaned.removedLines());
  }

  @Test
  void rightToLeftCjkAndEmojiParagraphsSurvive() {
    String arabic =
        "اتفقت باكستان وإيران يوم الاثنين على توسيع التعاون الأمني بعد أسبوع من الضربات الجوية.";
    String chinese = "巴基斯坦和伊朗同意加强安全合作。";
    String emoji =
        "Reactions online: \uD83D\uDC4D \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";

    CleanedText cleaned = ArticleCleaner.clean(arabic + "\n" + emoji + "\n" + chinese);

    assertEquals(List.of(arabic, emoji, chinese), cleaned.paragraphs());
    assertEquals(List.of(), cleaned.removedLines());
  }

  @Test
  void theTextIsTheParagraphsOnePerLineAndTheListsCannotChange() {
    CleanedText cleaned = ArticleCleaner.clean(PAGE);

    assertEquals(String.join("\n", cleaned.paragraphs()), cleaned.text());
    assertThrows(UnsupportedOperationException.class, () -> cleaned.paragraphs().add("x"));
    assertThrows(UnsupportedOperationException.class, () -> cleaned.removedLines().clear());
  }

  @Test
  void theScrapedPageOfSeedZeroCleansToTheCleanArticleOfSeedFour() throws IOException {
    CleanedText cleaned = ArticleCleaner.clean(seed("000_f4547b695e6a452f.txt"));
    List<String> cleanArticle = Files.readAllLines(SEEDS.resolve("004_98d0749b56e2a244.txt"));

    assertEquals(String.join("\n", cleanArticle), cleaned.text());
    assertEquals(
        Map.of(
            1, "icon-alt-text",
            2, "breadcrumb",
            4, "headline",
            6, "byline",
            7, "photo-caption",
            8, "repeated-line",
            26, "image-alt-text",
            27, "photo-caption"),
        reasonsByLine(cleaned));
    assertEquals("Two diplomats shake hands", cleaned.removedLines().get(6).text);
  }

  @Test
  void seedOneLosesItsHeaderAndTheTrailingLinkList() throws IOException {
    String text = seed("001_fb85a5c55c639259.txt");
    Map<Integer, String> expected = new TreeMap<>(Map.of(1, "header-line", 2, "headline"));
    for (int line = 16; line <= 27; line++) {
      expected.put(line, "link-list");
    }
    expected.put(28, "comment-prompt");

    CleanedText cleaned = ArticleCleaner.clean(text);

    assertEquals(expected, reasonsByLine(cleaned));
    assertEquals(13, cleaned.paragraphs().size());
    assertEquals(nonBlankLinesExcept(text, expected), cleaned.paragraphs());
    assertEquals(
        "Reuters: Pakistan and Iran on Monday said they respected each other's sovereignty and"
            + " territorial integrity and would expand security cooperation, bidding to mend ties"
            + " after tit-for-tat missile strikes at what they said were militant targets.",
        cleaned.paragraphs().get(0));
  }

  @Test
  void seedTwoLosesItsNumberedTrailCreditsPromptAndBio() throws IOException {
    String text = seed("002_1471c191bc5d37c4.txt");
    Map<Integer, String> expected = new TreeMap<>();
    for (int line = 1; line <= 7; line++) {
      expected.put(line, "breadcrumb");
    }
    expected.put(9, "headline");
    for (int line = 17; line <= 97; line += 8) {
      expected.put(line, "photo-credit");
    }
    expected.put(103, "read-more");
    expected.put(105, "photo-credit");
    expected.put(107, "author-bio");

    CleanedText cleaned = ArticleCleaner.clean(text);

    assertEquals(expected, reasonsByLine(cleaned));
    assertEquals(nonBlankLinesExcept(text, expected), cleaned.paragraphs());
    assertEquals(
        "Pakistan and Iran have agreed to enhance their security cooperation following deadly"
            + " airstrikes earlier this month.",
        cleaned.paragraphs().get(0));
    assertEquals("Diplomatic Talks in Islamabad", cleaned.paragraphs().get(2));
    assertEquals(
        "The Pakistani government assured that arrangements were being made with Iranian"
            + " assistance.",
        cleaned.paragraphs().get(cleaned.paragraphs().size() - 1));
  }

  @Test
  void theCleanSeedsAreLeftWhole() throws IOException {
    for (String name : List.of("003_e21bc084e4004bdf.txt", "004_98d0749b56e2a244.txt")) {
      CleanedText cleaned = ArticleCleaner.clean(seed(name));

      assertEquals(List.of(), cleaned.removedLines(), name);
      assertEquals(Files.readAllLines(SEEDS.resolve(name)), cleaned.paragraphs(), name);
    }
  }

  @Test
  void adversarialInputReturnsQuickly() {
    String homes = "Home ".repeat(40_000);
    String parens = "(".repeat(200_000);
    String dates = "1 January ".repeat(20_000);
    String spaces = "By Jane" + " ".repeat(200_000) + "Doe";
    String bullets = "-\n".repeat(50_000);
    String numberedHomes = "1. Home\n".repeat(20_000);

    CleanedText lines =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> ArticleCleaner.clean(String.join("\n", homes, parens, dates, spaces)));
    CleanedText list =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ArticleCleaner.clean(bullets));
    CleanedText trail =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ArticleCleaner.clean(numberedHomes));

    // None of the four lines reads as prose: each goes, with its reason. No stop-word list fits
    // them, so they are judged by shape, and none ends like a sentence.
    assertEquals(List.of(), lines.paragraphs());
    assertEquals(
        List.of("short-line-among-furniture", "no-words", "short-line-among-furniture",
            "short-line-among-furniture"),
        lines.removedLines().stream().map(line -> line.reason).toList());
    assertEquals(List.of(), list.paragraphs());
    assertEquals(50_000, list.removedLines().size());
    assertEquals(List.of(), trail.paragraphs());
    assertEquals("breadcrumb", trail.removedLines().get(19_999).reason);
  }
}
