package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhotoCreditRuleTest {
  private static DocumentLines apply(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    new PhotoCreditRule().apply(doc);
    return doc;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Credits: DepositPhotos",
        "Credit: DepositPhotos",
        "Photo: Reuters",
        "Image credit: Getty Images",
        "Photograph/AFP",
        "PICTURE: PA Wire",
        "Source: Ministry of Foreign Affairs",
        "Video: YouTube",
        "Illustration : Staff artist"
      })
  void standaloneCreditsAreRemoved(String line) {
    assertEquals("photo-credit", apply(line).reason(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Iranian foreign minister Hossein Amirabdollahian took part in talks in Islamabad"
            + " (Ministry of Foreign Affairs via AP)",
        "Rescue workers search the rubble in Kerman (AFP).",
        "The two ministers met in Islamabad last year (file photo)",
        "Rescuers at the site of the blast (Getty Images)",
        "Mourners gather in Quetta (AP Photo/Jane Doe)",
        "Protesters outside the embassy (Photo: Reuters)",
        "Talks (held behind closed doors) ended late (Xinhua)"
      })
  void linesEndingInAParenthesisedCreditAreCaptions(String line) {
    assertEquals("photo-caption", apply(line).reason(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ISLAMABAD (Reuters) - Pakistan and Iran said on Monday they would expand security"
            + " cooperation.",
        "Islamabad said it hit bases of the Baloch Liberation Army (BLA).",
        "Source: officials in Islamabad said the strikes hit three camps and killed eleven"
            + " people overnight",
        "Photographers gathered outside the ministry.",
        "Officials (speaking via AP) said talks would resume next week.",
        "Pakistan and Iran have agreed to work together to improve security cooperation."
      })
  void articleTextStays(String line) {
    assertNull(apply(line).reason(0));
  }

  @Test
  void aParenthesisOpeningMoreThanTwoHundredCharactersFromTheEndIsNotACaption() {
    String within = "(" + "x".repeat(95) + " via AP " + "y".repeat(95) + ")";
    String beyond = "(" + "x".repeat(95) + " via AP " + "y".repeat(99) + ")";

    assertEquals(200, within.length());
    assertEquals(PhotoCreditRule.CAPTION, apply("Ministers met " + within).reason(0));
    assertNull(apply("Ministers met " + beyond).reason(0));
  }

  @Test
  void aCreditLongerThanEightyCharactersIsNotACredit() {
    assertNull(apply("Photo: " + "A".repeat(81)).reason(0));
    assertEquals(PhotoCreditRule.CREDIT, apply("Photo: " + "A".repeat(80)).reason(0));
  }

  @Test
  void creditsAndCaptionsAmongArticleLinesGetTheirOwnReasons() {
    DocumentLines doc =
        apply(
            "Pakistan and Iran agreed to improve security.\n"
                + "Credits: DepositPhotos\n"
                + "Ministers shake hands in Islamabad (Ministry of Foreign Affairs via AP)\n"
                + "The talks will continue next month.");

    assertNull(doc.reason(0));
    assertEquals(PhotoCreditRule.CREDIT, doc.reason(1));
    assertEquals(PhotoCreditRule.CAPTION, doc.reason(2));
    assertNull(doc.reason(3));
  }

  @Test
  void adversarialLinesReturnQuickly() {
    String parens = "(".repeat(200_000);
    String longCredit = "Photo: " + "x".repeat(200_000);
    String manyVias = "(via ".repeat(40_000) + ")";
    String longCaption = "x".repeat(199_000) + " (AP)";
    String openClose = "()".repeat(100_000);

    DocumentLines doc =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> apply(String.join("\n", parens, longCredit, manyVias, longCaption, openClose)));

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
    assertEquals(PhotoCreditRule.CAPTION, doc.reason(2));
    assertEquals(PhotoCreditRule.CAPTION, doc.reason(3));
    assertNull(doc.reason(4));
  }

  @Test
  void aWireParagraphEndingInABareAgencyNameIsNotACaption() {
    String reported =
        "Iran's foreign ministry said the two sides would meet again next month (Reuters).";
    String longParagraph =
        "The two neighbours have traded accusations for years over militants who cross the"
            + " mountainous border, and last week's strikes were the most serious in a decade (AFP)";

    assertNull(apply(reported).reason(0));
    assertNull(apply(longParagraph).reason(0));
    assertEquals(PhotoCreditRule.CAPTION, apply("Rescuers search the rubble in Kerman (Reuters)").reason(0));
    assertEquals(
        PhotoCreditRule.CAPTION,
        apply("Officials said the site was cleared (Reuters/Jane Doe)").reason(0));
  }

  @Test
  void aCaptionThatNamesItsPhotographerLastIsACaption() {
    assertEquals(
        PhotoCreditRule.CAPTION,
        apply("Alasdair Munro on the gallery of the lighthouse at dusk. Photograph: Rhys Danby")
            .reason(0));
    assertEquals(
        PhotoCreditRule.CAPTION,
        apply("Map: Salinity reached 40 kilometres inland along the river in 2020.").reason(0));
  }
}
