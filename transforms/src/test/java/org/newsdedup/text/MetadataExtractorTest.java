package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdedup.model.RemovedLine;

class MetadataExtractorTest {
  private static final Path SEEDS = Path.of("../testdata/seeds");
  private static final String BODY =
      "Pakistan and Iran agreed on Monday to expand security cooperation after a week of strikes.";

  private static RemovedLine removed(int number, String text, String reason) {
    return new RemovedLine(number, text, reason);
  }

  private static Metadata extract(List<String> paragraphs, RemovedLine... removedLines) {
    return MetadataExtractor.extract(paragraphs, List.of(removedLines), DateOrder.DAY_FIRST);
  }

  private static Metadata ofSeed(String name) throws IOException {
    CleanedText cleaned = ArticleCleaner.clean(Files.readString(SEEDS.resolve(name)));
    return MetadataExtractor.extract(
        cleaned.paragraphs(), cleaned.removedLines(), DateOrder.DAY_FIRST);
  }

  @Test
  void nothingToReadGivesNoMetadata() {
    assertEquals(
        new Metadata(null, null, null, List.of(), List.of(), null, null),
        MetadataExtractor.extract(List.of(), List.of(), DateOrder.DAY_FIRST));
  }

  @Test
  void theFirstHeadlineIsTheTitle() {
    Metadata metadata =
        extract(
            List.of(BODY),
            removed(1, "Pakistan and Iran agree to boost border security", "headline"),
            removed(3, "A second headline-like line", "headline"));

    assertEquals("Pakistan and Iran agree to boost border security", metadata.title());
  }

  @Test
  void bylinesGiveAuthorsAndAgenciesOnce() {
    Metadata metadata =
        extract(
            List.of(BODY),
            removed(2, "By Jane Doe and John Roe, Reuters", "byline"),
            removed(3, "By John Roe and Ana Lima, AFP, Reuters", "byline"));

    assertEquals(List.of("Jane Doe", "John Roe", "Ana Lima"), metadata.authors());
    assertEquals(List.of("Reuters", "AFP"), metadata.agencies());
  }

  @Test
  void picturesAreNeverReadForCreditsOrDates() {
    Metadata metadata =
        extract(
            List.of(BODY),
            removed(1, "Ministers met on 28 January 2024 in Islamabad (AP)", "photo-caption"),
            removed(2, "Photo: Reuters 27/01/2024", "photo-credit"),
            removed(3, "By Reuters, 26 January 2024", "image-alt-text"),
            removed(4, "29 January 2024", "date-line"));

    assertEquals(List.of(), metadata.agencies());
    assertEquals(new FoundDate("2024-01-29", "29 January 2024"), metadata.publishedDate());
    assertEquals("29 January 2024", metadata.dateSource());
  }

  @Test
  void theFirstRemovedLineWithAPageDateGivesTheDate() {
    Metadata metadata =
        extract(
            List.of(BODY),
            removed(1, "Home News World", "breadcrumb"),
            removed(2, "date 2024-01-29 Calendar An icon of a desk calendar. Cancel An icon of a"
                + " circle. Caret An icon of an arrow.", "icon-alt-text"),
            removed(5, "30 January 2024", "date-line"));

    assertEquals("2024-01-29", metadata.publishedDate().iso());
    assertEquals("2024-01-29", metadata.publishedDate().matchedText());
    assertEquals(
        "date 2024-01-29 Calendar An icon of a desk calendar. Cancel An icon of a circle. Caret An"
            + " icon of an arrow.",
        metadata.dateSource());
  }

  @Test
  void aDateDeepInsideALongLineIsAboutSomethingElse() {
    Metadata metadata =
        extract(
            List.of(BODY),
            removed(1, "Officials said the border crossing that closed after the strikes would"
                + " reopen on 5 February 2024 for traders", "header-line"));

    assertNull(metadata.publishedDate());
    assertNull(metadata.dateSource());
  }

  @Test
  void aDateLateInAShortLineIsThePageDate() {
    Metadata metadata =
        extract(List.of(BODY), removed(1, "Last updated at the end of trading on 30 January 2024",
            "header-line"));

    assertEquals("2024-01-30", metadata.publishedDate().iso());
  }

  @Test
  void anAmbiguousNumericDateFollowsTheDateOrder() {
    List<RemovedLine> lines = List.of(removed(1, "Published 03/01/2024", "date-line"));

    assertEquals(
        "2024-01-03",
        MetadataExtractor.extract(List.of(BODY), lines, DateOrder.DAY_FIRST).publishedDate().iso());
    assertEquals(
        "2024-03-01",
        MetadataExtractor.extract(List.of(BODY), lines, DateOrder.MONTH_FIRST)
            .publishedDate()
            .iso());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ISLAMABAD (Reuters) - Pakistan and Iran said on Monday they would cooperate. | Reuters",
        "ISLAMABAD (AP) — Pakistan and Iran said on Monday they would talk. | Associated Press",
        "NEW DELHI (PTI): India welcomed the talks between its neighbours on Monday. | PTI",
        "(AFP) - Pakistan and Iran said on Monday they would cooperate. | AFP",
        "Reuters: Pakistan and Iran on Monday said they respected each other. | Reuters"
      })
  void theOpeningDatelineNamesTheAgency(String opening, String agency) {
    assertEquals(List.of(agency), extract(List.of(opening, BODY)).agencies());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "KARACHI (Staff Report) - Pakistan and Iran said on Monday they would cooperate.",
        "Analysis: Pakistan and Iran said on Monday they would cooperate.",
        BODY
      })
  void anOpeningWithoutAnAgencyDatelineNamesNone(String opening) {
    assertEquals(List.of(), extract(List.of(opening)).agencies());
  }

  @Test
  void onlyTheFirstParagraphIsReadForADateline() {
    assertEquals(List.of(), extract(List.of(BODY, "ISLAMABAD (Reuters) - More talks.")).agencies());
  }

  @Test
  void anAgencyInBothBylineAndDatelineIsListedOnce() {
    Metadata metadata =
        extract(
            List.of("ISLAMABAD (Reuters) - Pakistan and Iran said they would cooperate."),
            removed(1, "By Jane Doe, Reuters", "byline"));

    assertEquals(List.of("Jane Doe"), metadata.authors());
    assertEquals(List.of("Reuters"), metadata.agencies());
  }

  @Test
  void aDateInsideTheDatelineIsReadButNotOneLaterInTheParagraph() {
    Metadata inDateline =
        extract(List.of("LONDON (29 January 2024) - Pakistan and Iran agreed to cooperate."));
    Metadata afterDateline =
        extract(List.of("ISLAMABAD (Reuters) - Pakistan and Iran on 29 January 2024 agreed."));
    Metadata noDateline = extract(List.of("Pakistan and Iran agreed on 29 January 2024 to talk."));

    assertEquals("2024-01-29", inDateline.publishedDate().iso());
    assertEquals(
        "LONDON (29 January 2024) - Pakistan and Iran agreed to cooperate.",
        inDateline.dateSource());
    assertNull(afterDateline.publishedDate());
    assertNull(noDateline.publishedDate());
  }

  @Test
  void aRemovedLineDateWinsOverTheDateline() {
    Metadata metadata =
        extract(
            List.of("LONDON (29 January 2024) - Pakistan and Iran agreed to cooperate."),
            removed(1, "30 January 2024", "date-line"));

    assertEquals("2024-01-30", metadata.publishedDate().iso());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Read More From The Stock Dork | The Stock Dork",
        "See more at Dawn News | Dawn News",
        "© 2024 Dawn Media Group Ltd. All rights reserved. | Dawn Media Group",
        "Copyright 2020-2024 The Gazette, Inc. | The Gazette",
        "(c) 2024 Example News | Example News",
        "Copyright © Frontier Post Limited | Frontier Post"
      })
  void publisherLinesNameThePublisher(String line, String publisher) {
    assertEquals(publisher, MetadataExtractor.publisherIn(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pakistan and Iran agree",
        "Read more",
        "©",
        "We read more from the ministry than we expected, and then it stopped working for all of us"
            + " on the day"
      })
  void otherLinesNameNoPublisher(String line) {
    assertNull(MetadataExtractor.publisherIn(line));
  }

  @Test
  void theRemovedLinesNameThePublisherBeforeTheLastParagraph() {
    Metadata fromRemoved =
        extract(
            List.of(BODY, "© 2024 Dawn Media Group Ltd."),
            removed(9, "Read more from The Stock Dork", "read-more"));
    Metadata fromLastParagraph = extract(List.of(BODY, "© 2024 Dawn Media Group Ltd."));
    Metadata notFromFirstParagraph = extract(List.of("© 2024 Dawn Media Group Ltd.", BODY));

    assertEquals("The Stock Dork", fromRemoved.publisher());
    assertEquals("Dawn Media Group", fromLastParagraph.publisher());
    assertNull(notFromFirstParagraph.publisher());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Home News World | World",
        "Home / Politics / Slideshow | Politics",
        "Home > Business > Markets | Markets",
        "Home » Sport » Video | Sport"
      })
  void theSectionIsTheLastSpecificCrumbOfAnInlineTrail(String trail, String section) {
    assertEquals(section, extract(List.of(BODY), removed(1, trail, "breadcrumb")).section());
  }

  @Test
  void theSectionOfANumberedTrailSkipsSeparatorsGenericCrumbsAndTheCutTitle() {
    Metadata metadata =
        extract(
            List.of(BODY),
            removed(1, "1. Home", "breadcrumb"),
            removed(2, "2. /", "breadcrumb"),
            removed(3, "3. Politics", "breadcrumb"),
            removed(4, "4. /", "breadcrumb"),
            removed(5, "5. Slideshow", "breadcrumb"),
            removed(6, "6. /", "breadcrumb"),
            removed(7, "7. Pakistan and Iran to...", "breadcrumb"));

    assertEquals("Politics", metadata.section());
  }

  @Test
  void aTrailOfOnlyGenericCrumbsHasNoSection() {
    assertNull(extract(List.of(BODY), removed(1, "Home News Latest", "breadcrumb")).section());
  }

  @Test
  void aLongCrumbIsTakenForTheTitleNotTheSection() {
    Metadata metadata =
        extract(
            List.of(BODY),
            removed(1, "1. Home", "breadcrumb"),
            removed(2, "2. Asia", "breadcrumb"),
            removed(3, "3. Pakistan and Iran agree talks", "breadcrumb"));

    assertEquals("Asia", metadata.section());
  }

  @Test
  void onlyBreadcrumbLinesGiveTheSection() {
    assertNull(extract(List.of(BODY), removed(1, "Home News World", "header-line")).section());
  }

  @Test
  void seedZeroIsAPressAssociationWorldStoryOfTheTwentyNinth() throws IOException {
    Metadata metadata = ofSeed("000_f4547b695e6a452f.txt");

    assertEquals(
        "Pakistan and Iran agree to work together to improve security after air strikes",
        metadata.title());
    assertEquals("2024-01-29", metadata.publishedDate().iso());
    assertEquals(List.of(), metadata.authors());
    assertEquals(List.of("Press Association"), metadata.agencies());
    assertNull(metadata.publisher());
    assertEquals("World", metadata.section());
  }

  @Test
  void seedOneIsAReutersStoryTimedFromItsLinkList() throws IOException {
    Metadata metadata = ofSeed("001_fb85a5c55c639259.txt");

    assertEquals(
        "Pakistan, Iran to expand security cooperation, move on from missile strikes",
        metadata.title());
    assertEquals(
        new FoundDate("2024-01-30T13:49", "30 January 2024 13:49"), metadata.publishedDate());
    assertEquals("- 30 January 2024 13:49", metadata.dateSource());
    assertEquals(List.of(), metadata.authors());
    assertEquals(List.of("Reuters"), metadata.agencies());
    assertNull(metadata.publisher());
    assertNull(metadata.section());
  }

  @Test
  void seedTwoIsAStockDorkPoliticsSlideshowWithoutADate() throws IOException {
    Metadata metadata = ofSeed("002_1471c191bc5d37c4.txt");

    assertEquals(
        "Pakistan and Iran to Enhance Security Ties After Series of Retaliatory Airstrikes",
        metadata.title());
    assertNull(metadata.publishedDate());
    assertEquals(List.of(), metadata.authors());
    assertEquals(List.of(), metadata.agencies());
    assertEquals("The Stock Dork", metadata.publisher());
    assertEquals("Politics", metadata.section());
  }

  @Test
  void theCleanSeedsCarryNoMetadata() throws IOException {
    Metadata empty = new Metadata(null, null, null, List.of(), List.of(), null, null);

    assertEquals(empty, ofSeed("003_e21bc084e4004bdf.txt"));
    assertEquals(empty, ofSeed("004_98d0749b56e2a244.txt"));
  }

  @Test
  void adversarialInputReturnsQuickly() {
    String parens = "(".repeat(200_000);
    String homes = "Home ".repeat(40_000);
    String worlds = "World ".repeat(40_000);
    String dates = "1 January ".repeat(20_000);
    String names = "By " + "Jane Doe, ".repeat(20_000);
    String longDateline = "ISLAMABAD" + " ".repeat(200_000) + "(Reuters) - talks";
    String copyright = "© " + "x".repeat(200_000);

    Metadata metadata =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () ->
                extract(
                    List.of(longDateline, parens, copyright),
                    removed(1, homes, "breadcrumb"),
                    removed(2, worlds, "breadcrumb"),
                    removed(3, dates, "date-line"),
                    removed(4, names, "byline"),
                    removed(5, parens, "headline")));

    assertEquals(parens, metadata.title());
    assertNull(metadata.publishedDate());
    assertEquals(List.of("Jane Doe"), metadata.authors());
    assertEquals(List.of("Reuters"), metadata.agencies());
    assertNull(metadata.publisher());
    assertEquals("World", metadata.section());
  }
}
