package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.RemovedLine;

class MetadataExtractorTest {
  private static final Path SEEDS = Path.of("../testdata/seeds");
  private static final String BODY =
      "Pakistan and Iran agreed on Monday to expand security cooperation after a week of strikes.";
  private static final String SECOND =
      "Foreign minister Jalil Abbas Jilani, 64, said the talks had been \"frank and useful\".";

  /** Header lines as the cleaner's header rule labels them, numbered from 1. */
  private static List<RemovedLine> header(String... lines) {
    List<RemovedLine> removed = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      removed.add(new RemovedLine(i + 1, lines[i], "header-line"));
    }
    return removed;
  }

  private static Metadata extract(List<String> paragraphs, List<RemovedLine> removed) {
    return MetadataExtractor.extract(paragraphs, removed, DateOrder.DAY_FIRST);
  }

  private static Metadata ofSeed(String name) throws IOException {
    CleanedText cleaned = ArticleCleaner.clean(Files.readString(SEEDS.resolve(name)));
    return MetadataExtractor.extract(
        cleaned.paragraphs(), cleaned.removedLines(), DateOrder.DAY_FIRST);
  }

  @Test
  void nothingToReadGivesNoMetadata() {
    Metadata metadata = extract(List.of(), List.of());

    assertNull(metadata.title());
    assertNull(metadata.publishedDate());
    assertEquals(List.of(), metadata.authors());
    assertEquals(List.of(), metadata.agencies());
    assertNull(metadata.publisher());
    assertNull(metadata.section());
    assertNull(metadata.dateline());
    assertEquals(List.of(), metadata.entities().people());
    assertTrue(metadata.sources().isEmpty());
  }

  @Test
  void theHeadlineFollowsTheTrailAndPrecedesTheStandfirst() {
    Metadata metadata =
        extract(
            List.of(BODY, SECOND),
            header(
                "The Frontier Courier", "Menu", "News", "World", "Search for news and topics",
                "News > World > Asia",
                "Pakistan and Iran agree to work together after air strikes",
                "Ministers from both countries met in Islamabad to calm tensions",
                "By Sara Khan and Omar Latif, Reuters", "30 January 2024 13:49", "5 min read"));

    assertEquals("Pakistan and Iran agree to work together after air strikes", metadata.title());
    assertEquals("Asia", metadata.section());
    assertEquals(List.of("Sara Khan", "Omar Latif"), metadata.authors());
    assertEquals(List.of("Reuters"), metadata.agencies());
    assertEquals("2024-01-30T13:49", metadata.publishedDate().iso());
    assertEquals("The Frontier Courier", metadata.publisher());
    assertEquals("30 January 2024 13:49", metadata.sources().get("publishedDate"));
    assertEquals("By Sara Khan and Omar Latif, Reuters", metadata.sources().get("authors"));
  }

  @Test
  void namesBelowTheHeadlineAreAuthorsButRolesAndControlsAreNot() {
    Metadata named =
        extract(
            List.of(BODY),
            header("The Morning Record", "Science", "Ancient footprints show children played in mud",
                "Alexandra Pike, Science Correspondent", "Tue 27 Feb 2024 06.00"));
    Metadata staff =
        extract(
            List.of(BODY),
            header("The Morning Record", "Bus station to close for six weeks of repairs",
                "Staff Reporter", "Video Ad Feedback", "Box Score"));

    assertEquals(List.of("Alexandra Pike"), named.authors());
    assertEquals(List.of(), staff.authors());
  }

  @Test
  void picturesAreNeverReadForCreditsOrDates() {
    List<RemovedLine> removed =
        List.of(
            new RemovedLine(1, "Ministers met on 28 January 2024 in Islamabad (AP)", "photo-caption"),
            new RemovedLine(2, "Photo: Reuters 27/01/2024", "photo-credit"),
            new RemovedLine(3, "Talks between Pakistan and Iran resume in Islamabad", "headline"),
            new RemovedLine(4, "29 January 2024", "date-line"));

    Metadata metadata = extract(List.of(BODY), removed);

    assertEquals(List.of(), metadata.agencies());
    assertEquals(new FoundDate("2024-01-29", "29 January 2024"), metadata.publishedDate());
  }

  @Test
  void aSourceLineThatNamesNoPictureStillCreditsTheText() {
    List<RemovedLine> removed =
        List.of(
            new RemovedLine(1, "Research team completes ice core drilling at inland station", "header-line"),
            new RemovedLine(2, "Source: Xinhua", "photo-credit"));

    assertEquals(List.of("Xinhua"), extract(List.of(BODY), removed).agencies());
  }

  @Test
  void aDateDeepInsideALongHeadLineIsAboutSomethingElse() {
    Metadata metadata =
        extract(
            List.of(BODY),
            header("Officials said the border crossing that closed after the strikes would"
                + " reopen on 5 February 2024 for traders"));

    assertNull(metadata.publishedDate());
  }

  @Test
  void theDatelineGivesPlaceAgencyAndADateWhenTheHeadHasNone() {
    Metadata metadata =
        extract(
            List.of("ISLAMABAD, Jan 30, 2024 (Reuters) - Pakistan and Iran said on Monday they"
                + " would cooperate on security.", SECOND),
            List.of());

    assertEquals("ISLAMABAD", metadata.dateline().place());
    assertEquals("Reuters", metadata.dateline().agency());
    assertEquals(List.of("Reuters"), metadata.agencies());
    assertEquals("2024-01-30", metadata.publishedDate().iso());
  }

  @Test
  void aDateAloneBelowTheArticleIsTheLastResort() {
    Metadata metadata =
        extract(List.of(BODY, SECOND), List.of(new RemovedLine(9, "- 30 January 2024 13:49", "link-list")));

    assertEquals("2024-01-30T13:49", metadata.publishedDate().iso());
    assertEquals("- 30 January 2024 13:49", metadata.dateSource());
  }

  @Test
  void footLinesCreditReportersAndAgencies() {
    Metadata metadata =
        extract(
            List.of(BODY, SECOND, "Reuters and AFP contributed to this report.",
                "(Reporting by Arun Kapoor in Bengaluru; Editing by Sonia Fisher)"),
            List.of());

    assertEquals(List.of("Arun Kapoor"), metadata.authors());
    assertEquals(List.of("Reuters", "AFP"), metadata.agencies());
  }

  @Test
  void theMastheadNamesThePublisherAsTheCopyrightConfirms() {
    Metadata capitals =
        extract(
            List.of(BODY, SECOND, "© 2024 The Capital Ledger Company"),
            header("THE CAPITAL LEDGER", "Subscribe", "Opinion | Columnists",
                "We keep blaming renters for a housing crisis"));
    Metadata company =
        extract(
            List.of(BODY, SECOND, "© 2024 Daily Standard Publishing Ltd"),
            header("The Daily Standard", "Sign in", "Former finance chief jailed for fraud"));

    assertEquals("The Capital Ledger", capitals.publisher());
    assertEquals("The Daily Standard", company.publisher());
  }

  @Test
  void aCopyrightOfAnAgencyIsNotThePublisher() {
    Metadata metadata =
        extract(
            List.of(BODY, SECOND, "©2024 Bloomberg L.P.", "Copyright © 2024 Finance Hub. All rights reserved."),
            List.of());

    assertEquals("Finance Hub", metadata.publisher());
  }

  @Test
  void thePeopleAreNamedInTheProseAndTheAuthorIsNotOneOfThem() {
    Metadata metadata =
        extract(
            List.of(BODY, SECOND, "Sara Khan is a correspondent based in Islamabad who has covered"
                + " the region for ten years."),
            header("Pakistan and Iran agree to work together after air strikes", "By Sara Khan"));

    assertEquals(List.of("Jalil Abbas Jilani"), metadata.entities().people());
    assertEquals(List.of("Sara Khan"), metadata.authors());
    assertEquals(1, metadata.quotes().size());
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
    assertEquals(List.of("Hossein Amirabdollahian", "Jalil Abbas Jilani"), metadata.entities().people());
  }

  @Test
  void seedOneIsAReutersStoryTimedFromItsLinkList() throws IOException {
    Metadata metadata = ofSeed("001_fb85a5c55c639259.txt");

    assertEquals(
        "Pakistan, Iran to expand security cooperation, move on from missile strikes",
        metadata.title());
    assertEquals(
        new FoundDate("2024-01-30T13:49", "30 January 2024 13:49"), metadata.publishedDate());
    assertEquals(List.of(), metadata.authors());
    assertEquals(List.of("Reuters"), metadata.agencies());
    assertNull(metadata.publisher());
    assertNull(metadata.section());
    assertTrue(metadata.entities().people().contains("Hossein Amir Abdollahian"));
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
  void theCleanSeedsCarryNoPageMetadata() throws IOException {
    for (String seed : List.of("003_e21bc084e4004bdf.txt", "004_98d0749b56e2a244.txt")) {
      Metadata metadata = ofSeed(seed);

      assertNull(metadata.title());
      assertNull(metadata.publishedDate());
      assertNull(metadata.publisher());
      assertEquals(List.of(), metadata.agencies());
    }
  }
}
