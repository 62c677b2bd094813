package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {
  private static Bylines.Credit credit(List<String> authors, List<String> agencies) {
    return new Bylines.Credit(authors, agencies);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "By Jane Doe",
        "BY JANE DOE",
        "by Press Association",
        "By Jane Doe and John Roe, Reuters",
        "Written by Jane Doe",
        "Words by Jane Doe",
        "Von Anna Schmidt und Peter Müller",
        "Par Marie Dupont",
        "Por Juan Pérez"
      })
  void linesStartingWithByAndAFewWordsAreBylines(String line) {
    assertTrue(Bylines.looksLikeByline(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Bypass road reopens after the strikes",
        "Byline",
        "By",
        "Pakistan and Iran agree, by Jane Doe",
        "By the end of the year the ministry expects exports to double from current levels",
        "Parliament met on Monday"
      })
  void otherLinesAreNotBylines(String line) {
    assertFalse(Bylines.looksLikeByline(line));
  }

  @Test
  void aBylineLongerThanAHundredCharactersAfterByIsNotOne() {
    assertFalse(Bylines.looksLikeByline("By " + "A".repeat(102)));
    assertTrue(Bylines.looksLikeByline("By " + "A".repeat(101)));
  }

  @Test
  void peopleAndAnAgencyAreSeparated() {
    assertEquals(
        credit(List.of("Jane Doe", "John Roe"), List.of("Reuters")),
        Bylines.read("By Jane Doe and John Roe, Reuters"));
  }

  @Test
  void anAgencyAloneIsNoAuthor() {
    assertEquals(
        credit(List.of(), List.of("Press Association")), Bylines.read("By Press Association"));
    assertEquals(
        credit(List.of(), List.of("Associated Press")), Bylines.read("By The Associated Press"));
  }

  @Test
  void allSeparatorsSplitNames() {
    assertEquals(
        credit(List.of("Jane Doe", "John Roe", "Ana Lima", "Raj Patel", "Li Wei"), List.of()),
        Bylines.read("By Jane Doe; John Roe & Ana Lima | Raj Patel and Li Wei"));
  }

  @Test
  void germanFrenchAndSpanishBylinesAreRead() {
    assertEquals(
        credit(List.of("Anna Schmidt", "Peter Müller"), List.of("dpa")),
        Bylines.read("Von Anna Schmidt und Peter Müller, dpa"));
    assertEquals(
        credit(List.of("Marie Dupont", "Jean Martin"), List.of("AFP")),
        Bylines.read("Par Marie Dupont et Jean Martin, AFP"));
    assertEquals(
        credit(List.of("Juan Pérez", "Ana López"), List.of("EFE")),
        Bylines.read("Por Juan Pérez y Ana López, EFE"));
  }

  @Test
  void rolesAndEmailAddressesAreDropped() {
    assertEquals(
        credit(List.of("Jane Doe"), List.of()),
        Bylines.read("By Jane Doe, Senior Reporter | jane.doe@example.com"));
    assertEquals(credit(List.of(), List.of()), Bylines.read("By Staff Writer"));
  }

  @Test
  void namesNeedTwoToFiveCapitalisedWords() {
    assertEquals(credit(List.of(), List.of()), Bylines.read("By Jane"));
    assertEquals(credit(List.of(), List.of()), Bylines.read("By jane doe"));
    assertEquals(credit(List.of(), List.of()), Bylines.read("By Anna Maria Luisa Jane Doe Roe"));
    assertEquals(
        credit(List.of("Anna Maria Luisa Doe Roe"), List.of()),
        Bylines.read("By Anna Maria Luisa Doe Roe"));
  }

  @Test
  void particlesApostrophesAndHyphensAreAllowedInNames() {
    assertEquals(
        credit(List.of("Ludwig van Beethoven", "Mary O'Neil-Smith", "Ahmed bin Saleh"), List.of()),
        Bylines.read("By Ludwig van Beethoven, Mary O'Neil-Smith and Ahmed bin Saleh"));
  }

  @Test
  void particlesAloneAreNotAName() {
    assertEquals(credit(List.of(), List.of()), Bylines.read("By Jane van"));
  }

  @Test
  void repeatedNamesAndAgenciesAreListedOnce() {
    assertEquals(
        credit(List.of("Jane Doe"), List.of("Associated Press")),
        Bylines.read("By Jane Doe, AP and Jane Doe, The Associated Press"));
  }

  @Test
  void isPersonNameRejectsOverlongCandidates() {
    assertFalse(Bylines.isPersonName("Jane " + "D".repeat(60)));
    assertTrue(Bylines.isPersonName("Jane Doe"));
  }

  @Test
  void adversarialLinesReturnQuickly() {
    String spaces = "By Jane" + " ".repeat(200_000) + "Doe";
    String commas = "By " + "Jane Doe, ".repeat(20_000);
    String oneWord = "By " + "x".repeat(200_000);
    String parens = "(".repeat(200_000);
    String ands = "By " + "and ".repeat(50_000);

    Bylines.Credit spaced =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Bylines.read(spaces));
    Bylines.Credit repeated =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Bylines.read(commas));
    boolean longLooksLikeByline =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Bylines.looksLikeByline(oneWord));
    Bylines.Credit nothing =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Bylines.read(parens));
    Bylines.Credit onlySeparators =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Bylines.read(ands));

    assertEquals(credit(List.of(), List.of()), spaced);
    assertEquals(credit(List.of("Jane Doe"), List.of()), repeated);
    assertFalse(longLooksLikeByline);
    assertEquals(credit(List.of(), List.of()), nothing);
    assertEquals(credit(List.of(), List.of()), onlySeparators);
  }
}
