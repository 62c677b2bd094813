package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineNormalizerTest {
  @Test
  void emptyTextHasNoLines() {
    assertEquals(List.of(), LineNormalizer.lines(""));
  }

  @Test
  void textWithoutLineBreakIsOneLine() {
    assertEquals(List.of("Talks resume"), LineNormalizer.lines("Talks resume"));
  }

  @Test
  void unixWindowsAndOldMacLineEndingsAllSplit() {
    assertEquals(
        List.of("Home", "World", "Asia", "Pakistan"),
        LineNormalizer.lines("Home\nWorld\r\nAsia\rPakistan"));
  }

  @Test
  void unicodeLineAndParagraphSeparatorsAndNextLineSplit() {
    assertEquals(
        List.of("one", "two", "three", "four"),
        LineNormalizer.lines("one\u2028two\u2029three\u0085four"));
  }

  @Test
  void blankLinesAreKeptAsEmptyStringsSoLineNumbersStayTrue() {
    assertEquals(List.of("Headline", "", "Body"), LineNormalizer.lines("Headline\n\nBody"));
    assertEquals(List.of("Headline", "", "Body"), LineNormalizer.lines("Headline\r\n\r\nBody"));
  }

  @Test
  void aLineFeedFollowedByCarriageReturnIsTwoBreaks() {
    assertEquals(List.of("a", "", "b"), LineNormalizer.lines("a\n\rb"));
  }

  @Test
  void aFinalLineBreakDoesNotAddAnEmptyLine() {
    assertEquals(List.of("Last paragraph."), LineNormalizer.lines("Last paragraph.\n"));
    assertEquals(List.of(""), LineNormalizer.lines("\n"));
  }

  @Test
  void everyLineIsNormalised() {
    assertEquals(
        List.of("Pakistan and Iran", "", "agree"),
        LineNormalizer.lines("  Pakistan \t and\u00A0Iran  \n   \n\u2003agree\u3000"));
  }

  @Test
  void runsOfAnyKindOfSpaceBecomeOneAsciiSpaceAndEndsAreTrimmed() {
    assertEquals(
        "Talks resume in Islamabad today",
        LineNormalizer.normalize(
            " \tTalks\u00A0\u00A0resume\u2003in\u202FIslamabad\u3000 today  "));
  }

  @Test
  void aLineOfOnlySpacesBecomesEmpty() {
    assertEquals("", LineNormalizer.normalize(" \t\u00A0\u2009 "));
  }

  @Test
  void decomposedAccentsAreComposed() {
    String normalized = LineNormalizer.normalize("Cafe\u0301 in Gene\u0300ve");

    assertEquals("Caf\u00E9 in Gen\u00E8ve", normalized);
    assertEquals(14, normalized.length());
  }

  @Test
  void invisibleFormatCharactersAreRemoved() {
    assertEquals("newsroom", LineNormalizer.normalize("news\u200Broom"));
    assertEquals("cooperation", LineNormalizer.normalize("co\u00ADoperation"));
    assertEquals("Headline", LineNormalizer.normalize("\uFEFFHeadline"));
    assertEquals("Islamabad", LineNormalizer.normalize("Islam\u2060abad"));
  }

  @Test
  void controlCharactersAreRemoved() {
    assertEquals("Talks resume", LineNormalizer.normalize("Talks\u0007 resume\u001B"));
    assertEquals("IranPakistan", LineNormalizer.normalize("Iran\u0000Pakistan"));
  }

  @Test
  void emojiSequencesWithZeroWidthJoinersSurviveIntact() {
    String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    String technologist = "\uD83D\uDC69\uD83C\uDFFD\u200D\uD83D\uDCBB";
    String heart = "\u2764\uFE0F";
    String line = "Reactions " + family + " " + technologist + " " + heart;

    assertEquals(line, LineNormalizer.normalize(line));
  }

  @Test
  void rightToLeftTextIsKeptButDirectionMarksAreDropped() {
    String arabic = "باكستان وإيران تتفقان على تعزيز الأمن";
    String hebrew = "ישראל ואיראן";

    assertEquals(arabic, LineNormalizer.normalize(arabic));
    assertEquals(hebrew, LineNormalizer.normalize("\u200F" + hebrew + "\u200E"));
  }

  @Test
  void cjkTextIsKeptAsIs() {
    String chinese = "巴基斯坦和伊朗同意加强安全合作。";
    String japanese = "パキスタンとイランが安全保障で協力";

    assertEquals(List.of(chinese, japanese), LineNormalizer.lines(chinese + "\n" + japanese));
  }

  @Test
  void aVeryLongLineIsNormalisedInFull() {
    String line = "word ".repeat(200_000);

    List<String> lines =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> LineNormalizer.lines(line));

    assertEquals(1, lines.size());
    assertEquals(200_000 * 5 - 1, lines.get(0).length());
  }

  @Test
  void manyShortLinesAreAllReturned() {
    List<String> lines = LineNormalizer.lines("-\n".repeat(100_000));

    assertEquals(100_000, lines.size());
    assertEquals("-", lines.get(99_999));
  }

  /** Random lines of spaces, invisibles, marks and letters: whichever path, the result is normal. */
  @Test
  void everyResultIsNormalAndNormalisingItAgainChangesNothing() {
    String[] alphabet = {"a", "B", "é", " ", "  ", "\t", "\u00A0", "\u2003", "\u00AD", "\u200B",
        "\u200D", "\u0001", "\u007F", "\u0085", "e\u0301", "\u0301", "\u05D0", "中", "\u001C"};
    java.util.Random random = new java.util.Random(7);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder line = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        line.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String normal = LineNormalizer.normalize(line.toString());
      String shown = line.toString().codePoints().mapToObj(Integer::toHexString).toList().toString();

      assertEquals(normal.strip(), normal, shown);
      assertEquals(-1, normal.indexOf("  "), shown);
      for (char c : normal.toCharArray()) {
        boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
        boolean invisible = c != '\u200D'
            && (Character.getType(c) == Character.FORMAT || Character.isISOControl(c));
        assertEquals(false, (space && c != ' ') || invisible, shown);
      }
      // Composition runs before invisibles go, so a mark they parted from its letter stays
      // apart: such a result is not in NFC, and normalising it again composes it.
      if (java.text.Normalizer.isNormalized(normal, java.text.Normalizer.Form.NFC)) {
        assertEquals(normal, LineNormalizer.normalize(normal), shown);
      }
    }
  }
}
