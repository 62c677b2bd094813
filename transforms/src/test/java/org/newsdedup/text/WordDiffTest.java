package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.text.WordDiff.Kind;
import org.newsdedup.text.WordDiff.Segment;

class WordDiffTest {
  @Test
  void equalTextsAreOneSharedRun() {
    assertEquals(
        List.of(new Segment(Kind.BOTH, "The minister arrived.")),
        WordDiff.between("The minister arrived.", "The  minister arrived."));
  }

  @Test
  void aChangedWordIsMarkedOnBothSides() {
    assertEquals(
        List.of(
            new Segment(Kind.BOTH, "The minister"),
            new Segment(Kind.ONLY_LEFT, "arrived"),
            new Segment(Kind.ONLY_RIGHT, "landed"),
            new Segment(Kind.BOTH, "in Islamabad on Monday.")),
        WordDiff.between(
            "The minister arrived in Islamabad on Monday.",
            "The minister landed in Islamabad on Monday."));
  }

  @Test
  void insertedAndDroppedSentencesAreFoundInTheMiddle() {
    assertEquals(
        List.of(
            new Segment(Kind.BOTH, "One."),
            new Segment(Kind.ONLY_LEFT, "Two."),
            new Segment(Kind.BOTH, "Three."),
            new Segment(Kind.ONLY_RIGHT, "Extra words."),
            new Segment(Kind.BOTH, "Four.")),
        WordDiff.between("One. Two. Three. Four.", "One. Three. Extra words. Four."));
  }

  @Test
  void caseDoesNotCountAsADifferenceAndTheRightSideSpellingIsShown() {
    assertEquals(
        List.of(new Segment(Kind.BOTH, "PAKISTAN and Iran")),
        WordDiff.between("Pakistan and Iran", "PAKISTAN and Iran"));
  }

  @Test
  void paragraphBreaksArePartOfTheRuns() {
    assertEquals(
        List.of(
            new Segment(Kind.BOTH, "First paragraph.\nSecond"),
            new Segment(Kind.ONLY_RIGHT, "long"),
            new Segment(Kind.BOTH, "paragraph.")),
        WordDiff.between("First paragraph.\n\nSecond paragraph.", "First paragraph.\nSecond long paragraph."));
  }

  @Test
  void oneSideEmptyIsAllOnTheOtherSide() {
    assertEquals(List.of(new Segment(Kind.ONLY_RIGHT, "new text")), WordDiff.between("", "new text"));
    assertEquals(List.of(new Segment(Kind.ONLY_LEFT, "old text")), WordDiff.between("old text", " "));
    assertEquals(List.of(), WordDiff.between("", ""));
  }

  @Test
  void aMiddleTooLargeToAlignIsShownAsReplacedWholesale() {
    String left = "start " + "alpha ".repeat(2_100) + "end";
    String right = "start " + "beta ".repeat(2_100) + "end";

    List<Segment> diff = WordDiff.between(left, right);

    assertEquals(4, diff.size());
    assertEquals(new Segment(Kind.BOTH, "start"), diff.get(0));
    assertEquals(Kind.ONLY_LEFT, diff.get(1).kind());
    assertEquals(Kind.ONLY_RIGHT, diff.get(2).kind());
    assertEquals(new Segment(Kind.BOTH, "end"), diff.get(3));
  }
}
