package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgenciesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "AP | Associated Press",
        "Associated Press | Associated Press",
        "The Associated Press | Associated Press",
        "the associated press | Associated Press",
        "Reuters | Reuters",
        "Thomson Reuters | Reuters",
        "the Reuters | Reuters",
        "AFP | AFP",
        "Agence France-Presse | AFP",
        "PA | Press Association",
        "PA Media | Press Association",
        "The Press Association | Press Association",
        "dpa | dpa",
        "DPA | dpa",
        "Deutsche Presse-Agentur | dpa",
        "Press Trust of India | PTI",
        "Xinhua News Agency | Xinhua",
        "The Canadian Press | Canadian Press",
        "EFE | EFE",
        "Tass | TASS"
      })
  void everySpellingOfAnAgencyGivesOneCanonicalName(String phrase, String canonical) {
    assertEquals(canonical, Agencies.canonical(phrase));
  }

  @Test
  void surroundingSpaceIsIgnored() {
    assertEquals("Reuters", Agencies.canonical("  Reuters \t"));
    assertEquals("Associated Press", Agencies.canonical(" AP "));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ap", "Ap", "pa", "afp", "efe", "Upi"})
  void shortAbbreviationsCountOnlyInCapitals(String phrase) {
    assertNull(Agencies.canonical(phrase));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "Staff Report", "Dawn", "Reuters staff", "Associated", "The",
        "Ministry of Foreign Affairs"
      })
  void phrasesThatAreNotAWholeAgencyNameAreNone(String phrase) {
    assertNull(Agencies.canonical(phrase));
  }

  @Test
  void theFirstAgencyMentionedInTextIsFound() {
    assertEquals("Reuters", Agencies.firstMentioned("ISLAMABAD (Reuters) - Pakistan and Iran"));
    assertEquals(
        "Associated Press",
        Agencies.firstMentioned("The Associated Press reported, citing Reuters."));
    assertEquals("AFP", Agencies.firstMentioned("Pakistan condemned the attack, AFP reported."));
    assertEquals("PTI", Agencies.firstMentioned("New Delhi, Jan 30 (Press Trust of India)"));
  }

  @Test
  void lowerCaseAbbreviationsInTextAreSkippedForALaterAgency() {
    assertEquals("Reuters", Agencies.firstMentioned("the ap stylebook says so, Reuters reported"));
  }

  @Test
  void agencyLettersInsideWordsAreNotAgencies() {
    assertNull(Agencies.firstMentioned("Pakistan's papers, the apex court and a tapas bar"));
    assertNull(Agencies.firstMentioned(""));
  }

  @Test
  void aLongTextWithoutAgenciesIsSearchedQuickly() {
    String text = "Pakistan and Iran ".repeat(20_000) + "AP";

    String found =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Agencies.firstMentioned(text));

    assertEquals("Associated Press", found);
  }
}
