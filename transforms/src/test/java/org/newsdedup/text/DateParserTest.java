package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {
  private static String iso(String line) {
    FoundDate found = DateParser.find(line, DateOrder.DAY_FIRST);
    return found == null ? null : found.iso();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "date 2024-01-29 Calendar | 2024-01-29",
        "Published 2024-01-30T13:49:05Z | 2024-01-30T13:49Z",
        "2024-01-30 13:49 | 2024-01-30T13:49",
        "2024-01-30T13:49+0500 | 2024-01-30T13:49+05:00",
        "2024-01-30T13:49:00.123-03:00 | 2024-01-30T13:49-03:00",
        "- 30 January 2024 13:49 | 2024-01-30T13:49",
        "30 january 2024 | 2024-01-30",
        "Updated 30th of January 2024 | 2024-01-30",
        "1 Jun. 2024 | 2024-06-01",
        "5 Mar 2024, 9.05am | 2024-03-05T09:05",
        "Jan. 30, 2024 | 2024-01-30",
        "January 30th, 2024 at 1:49 p.m. | 2024-01-30T13:49",
        "Sept. 5, 2024 | 2024-09-05",
        "Sep 5 2024 | 2024-09-05",
        "December 31, 2023, 12:15 am | 2023-12-31T00:15",
        "May 1, 2024 12:05 PM | 2024-05-01T12:05",
        "30/01/2024 | 2024-01-30",
        "1.2.2024 | 2024-02-01",
        "29 February 2024 | 2024-02-29",
        "1 January 1990 | 1990-01-01",
        "31 December 2100 | 2100-12-31"
      })
  void absoluteDatesAreReadToIso(String line, String expected) {
    assertEquals(expected, iso(line));
  }

  @Test
  void theMatchedTextIsTheDateAsWritten() {
    FoundDate found = DateParser.find("Last updated Jan. 30, 2024 at 1:49 p.m. in London",
        DateOrder.DAY_FIRST);

    assertEquals(new FoundDate("2024-01-30T13:49", "Jan. 30, 2024 at 1:49 p.m."), found);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "on Monday",
        "Iran-Pakistan ties worsened on January 17, when Iran launched air strikes",
        "since the war erupted on Oct. 7.",
        "in October 2023",
        "31/02/2024",
        "13/13/2024",
        "2024-13-01",
        "29 February 2023",
        "31 December 1989",
        "1 January 2101",
        "12345-01-29",
        "version 2.10.2024.1",
        "Mayday 5, 2024",
        "Ref 1/2/20245"
      })
  void textWithoutAnAbsoluteDateHasNone(String line) {
    assertNull(DateParser.find(line, DateOrder.DAY_FIRST));
  }

  @Test
  void anAmbiguousNumericDateFollowsTheOrderGiven() {
    assertEquals("2024-01-03", DateParser.find("03/01/2024", DateOrder.DAY_FIRST).iso());
    assertEquals("2024-03-01", DateParser.find("03/01/2024", DateOrder.MONTH_FIRST).iso());
  }

  @Test
  void aNumericDateWithOnlyOneValidReadingIgnoresTheOrder() {
    assertEquals("2024-01-30", DateParser.find("30/01/2024", DateOrder.MONTH_FIRST).iso());
    assertEquals("2024-01-30", DateParser.find("01/30/2024", DateOrder.DAY_FIRST).iso());
  }

  @Test
  void anImpossibleTimeKeepsTheDate() {
    assertEquals("2024-01-30", iso("30 January 2024 25:70"));
  }

  @Test
  void theEarliestDateInTheLineWins() {
    assertEquals("2024-01-30", iso("Updated 30 January 2024, first published 2024-01-29"));
    assertEquals("2024-01-29", iso("2024-01-29 (updated 30 January 2024)"));
    assertEquals("2024-03-05", iso("March 5, 2024 - revised 06/03/2024"));
    assertEquals("2024-03-06", iso("06/03/2024 - revised March 5, 2024"));
  }

  @Test
  void aMatchThatIsNoRealDateDoesNotHideALaterOne() {
    assertEquals("2024-01-29", iso("Ref 2024-13-45, published 2024-01-29"));
    assertEquals("2024-01-30", iso("Founded 1 January 1985, updated 30 January 2024"));
    assertEquals("2024-01-30", iso("Was February 30, 2024, now January 30, 2024"));
    assertEquals("2024-01-30", iso("Case 31/02/2024 heard 30/01/2024"));
  }

  @Test
  void adversarialLinesReturnQuickly() {
    String[] lines = {
      "1".repeat(200_000),
      "1 January ".repeat(20_000),
      "January 1 ".repeat(20_000),
      "(".repeat(200_000),
      "2024-".repeat(40_000),
      "1/".repeat(100_000),
      "12:".repeat(60_000),
      "1 January " + "2".repeat(200_000)
    };

    for (String line : lines) {
      FoundDate found =
          assertTimeoutPreemptively(
              Duration.ofSeconds(5), () -> DateParser.find(line, DateOrder.DAY_FIRST));
      assertNull(found, line.substring(0, 12));
    }
    String needle = "x".repeat(200_000) + " 30 January 2024";
    assertEquals(
        "2024-01-30",
        assertTimeoutPreemptively(
            Duration.ofSeconds(5), () -> DateParser.find(needle, DateOrder.DAY_FIRST).iso()));
  }

  @org.junit.jupiter.api.Test
  void readsMonthNamesInTheLanguagesNewsPagesUse() {
    org.junit.jupiter.api.Assertions.assertEquals(
        "2024-01-30", DateParser.find("Publié le 30 janvier 2024", DateOrder.DAY_FIRST).iso());
    org.junit.jupiter.api.Assertions.assertEquals(
        "2024-03-05T13:49",
        DateParser.find("5. März 2024, 13:49 Uhr", DateOrder.DAY_FIRST).iso());
    org.junit.jupiter.api.Assertions.assertEquals(
        "2024-08-12", DateParser.find("12 de agosto de 2024", DateOrder.DAY_FIRST).iso());
    org.junit.jupiter.api.Assertions.assertEquals(
        "2024-12-01", DateParser.find("1º dicembre 2024", DateOrder.DAY_FIRST).iso());
    org.junit.jupiter.api.Assertions.assertEquals(
        "2024-10-15", DateParser.find("15 oktober 2024", DateOrder.DAY_FIRST).iso());
    org.junit.jupiter.api.Assertions.assertEquals(
        "2024-09-02", DateParser.find("Sept. 2, 2024", DateOrder.DAY_FIRST).iso());
  }
}
