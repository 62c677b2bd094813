package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BreadcrumbRuleTest {
  private static DocumentLines apply(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    new BreadcrumbRule().apply(doc);
    return doc;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Home News World",
        "Home / Politics / Slideshow",
        "Home > Business > Markets",
        "HOME » Sport » Cricket",
        "home › World",
        "Home | Opinion",
        "Home News World Asia Pakistan Politics",
        "Home/Science&Tech"
      })
  void inlineTrailsAreBreadcrumbs(String line) {
    assertEquals("breadcrumb", apply(line).reason(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Home",
        "Home prices rose sharply in January",
        "Home News World Cup Final Tonight Live",
        "Home Supercalifragilisticexpialidocious",
        "Homeland Security said on Monday",
        "News World Home"
      })
  void linesThatAreNotTrailsStay(String line) {
    assertNull(apply(line + "\nPakistan and Iran agreed to improve security.").reason(0));
  }

  @Test
  void aNumberedTrailIsRemovedLineByLine() {
    DocumentLines doc =
        apply(
            "1. Home\n  2. /\n  3. Politics\n  4. /\n  5. Slideshow\n  6. /\n"
                + "  7. Pakistan and Iran to...\n\n"
                + "Pakistan and Iran to Enhance Security Ties After Series of Retaliatory"
                + " Airstrikes\n");

    for (int i = 0; i < 7; i++) {
      assertEquals(BreadcrumbRule.REASON, doc.reason(i), "line " + i);
    }
    assertNull(doc.reason(7));
    assertNull(doc.reason(8));
  }

  @Test
  void aNumberedTrailMayHaveBlankLinesBetweenItems() {
    DocumentLines doc =
        apply("Home\n\n2. World\n\n3. Asia\n\nTalks resumed on Monday in Islamabad.");

    assertEquals(BreadcrumbRule.REASON, doc.reason(0));
    assertNull(doc.reason(1));
    assertEquals(BreadcrumbRule.REASON, doc.reason(2));
    assertEquals(BreadcrumbRule.REASON, doc.reason(4));
    assertNull(doc.reason(6));
  }

  @Test
  void aNumberedTrailStopsAtALongItem() {
    DocumentLines doc =
        apply(
            "1. Home\n2. World\n"
                + "3. The ministers met in Islamabad on Monday to discuss security along the"
                + " border");

    assertEquals(BreadcrumbRule.REASON, doc.reason(0));
    assertEquals(BreadcrumbRule.REASON, doc.reason(1));
    assertNull(doc.reason(2));
  }

  @Test
  void aNumberedTrailStopsAtALineAnotherRuleClaimed() {
    DocumentLines doc = new DocumentLines(List.of("1. Home", "2. World", "3. Asia"));
    doc.remove(2, "share-bar");

    new BreadcrumbRule().apply(doc);

    assertEquals(BreadcrumbRule.REASON, doc.reason(0));
    assertEquals(BreadcrumbRule.REASON, doc.reason(1));
    assertEquals("share-bar", doc.reason(2));
  }

  @Test
  void homeAloneWithNoNumberedItemsAfterItStays() {
    DocumentLines doc = apply("1. Home\nPakistan and Iran agreed on Monday to expand cooperation.");

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
  }

  @Test
  void aNumberedListThatDoesNotStartAtHomeStays() {
    DocumentLines doc = apply("1. Talks resume\n2. Strikes condemned\n3. Envoys return");

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
    assertNull(doc.reason(2));
  }

  @Test
  void adversarialLinesReturnQuickly() {
    String homes = "Home ".repeat(40_000);
    String parens = "(".repeat(200_000);
    String slashes = "Home /".repeat(40_000);
    String longCrumb = "Home " + "A".repeat(200_000);
    String numberedHomes = "1. Home\n".repeat(20_000);

    DocumentLines doc =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> apply(String.join("\n", homes, parens, slashes, longCrumb)));
    DocumentLines list =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> apply(numberedHomes));

    assertNull(doc.reason(0));
    assertNull(doc.reason(1));
    assertNull(doc.reason(2));
    assertNull(doc.reason(3));
    assertEquals(20_000, list.size());
    assertEquals(BreadcrumbRule.REASON, list.reason(19_999));
  }

  @Test
  void aTitleCaseHeadlineRightAboveItsBylineOrArticleIsNotATrail() {
    String body = "The Home Secretary resigned on Monday evening after a row over leaked papers.";

    assertNull(apply("Home Secretary Resigns\nBy Jane Doe\n" + body).reason(0));
    assertNull(apply("Home Secretary Resigns\n" + body).reason(0));
    assertNull(apply("Home Secretary Resigns\n29 January 2024\n" + body).reason(0));
  }

  @Test
  void aTrailAboveTheHeadlineIsStillATrailAndSeparatorsAlwaysMakeOne() {
    assertEquals(
        BreadcrumbRule.REASON, apply("Home News Politics\nHome Secretary Resigns\nBy Jane Doe").reason(0));
    assertEquals(
        BreadcrumbRule.REASON,
        apply("Home / News / Politics\nThe minister resigned on Monday after a row over papers.")
            .reason(0));
  }
}
