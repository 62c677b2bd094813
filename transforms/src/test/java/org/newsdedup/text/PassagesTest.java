package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {
  @Test
  void linesUnderFiveWordsAreSkipped() {
    String text = "Diplomatic Talks\nThe two ministers met in the capital on Monday.\n"
        + "Read more\nThey agreed to hold regular meetings from now on.";

    assertEquals(
        List.of(
            "The two ministers met in the capital on Monday.",
            "They agreed to hold regular meetings from now on."),
        Passages.of(text));
  }

  @Test
  void paragraphsUpToEightyWordsAreOnePieceEach() {
    String eighty = String.join(" ", java.util.Collections.nCopies(80, "word")) + ".";
    String twenty = String.join(" ", java.util.Collections.nCopies(20, "word")) + ".";

    assertEquals(List.of(eighty, twenty, twenty), Passages.of(eighty + "\n" + twenty + "\n" + twenty));
  }

  @Test
  void onlyTheFirstThreeHundredWordsAreReadByDefaultInWholeParagraphs() {
    String fifty = String.join(" ", java.util.Collections.nCopies(50, "word")) + ".";
    String text = String.join("\n", java.util.Collections.nCopies(10, fifty));
    assertEquals(500, Words.count(text));

    assertEquals(300, Passages.of(text).stream().mapToInt(Words::count).sum());
    assertEquals(500, Passages.of(text, 0).stream().mapToInt(Words::count).sum());
    assertEquals(100, Passages.of(text, 60).stream().mapToInt(Words::count).sum(),
        "the paragraph that crosses the limit is kept whole");
  }

  @Test
  void aLongParagraphIsCutAtSentenceEndsIntoPassagesTheModelReadsWhole() {
    List<String> sentences = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      sentences.add("Sentence number " + i + " has exactly ten words in it today.");
    }
    String paragraph = String.join(" ", sentences);
    assertEquals(120, Words.count(paragraph));

    List<String> passages = Passages.of(paragraph);

    assertEquals(2, passages.size());
    assertEquals(String.join(" ", sentences.subList(0, 8)), passages.get(0));
    assertEquals(String.join(" ", sentences.subList(8, 12)), passages.get(1));
  }

  @Test
  void aRunOnSentenceIsCutEveryEightyWords() {
    StringBuilder runOn = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      runOn.append(i == 0 ? "" : " ").append("word").append(i);
    }

    List<String> passages = Passages.of(runOn.toString(), 0);

    assertEquals(3, passages.size());
    assertEquals(List.of(80, 80, 40), passages.stream().map(Words::count).toList());
    assertTrue(passages.get(0).startsWith("word0 word1 "));
  }

  @Test
  void aTextOfOnlyShortLinesIsOnePassageAndATextOfNoWordsIsNone() {
    assertEquals(List.of("Storm warning Schools closed"), Passages.of("Storm warning\nSchools closed"));
    assertEquals(List.of(), Passages.of(" \n — \n"));
  }
}
