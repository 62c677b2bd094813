package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.text.ProseJudge.LineClass;

class ProseJudgeTest {
  private static final String ENGLISH =
      "The council voted on Tuesday to close the coast road for the winter, after waves threw"
          + " stones onto the carriageway for a second night.";
  private static final String GERMAN =
      "Die Linie wird werktags im Stundentakt fahren, wie die Kreisverwaltung am Dienstag"
          + " mitteilte, und die Kosten werden auf rund eine Million Euro geschätzt.";

  private static ProseJudge judgeFor(String... lines) {
    return ProseJudge.forDocument(new DocumentLines(List.of(lines)));
  }

  private static LineClass classify(ProseJudge judge, String line) {
    return judge.classify(line, Words.count(line));
  }

  @Test
  void proseInTheDocumentsLanguageIsGood() {
    assertEquals(LineClass.GOOD, classify(judgeFor(ENGLISH), ENGLISH));
    assertEquals(LineClass.GOOD, classify(judgeFor(GERMAN), GERMAN));
  }

  @Test
  void headlinesAndMenuItemsAreShort() {
    ProseJudge judge = judgeFor(ENGLISH);

    assertEquals(LineClass.SHORT, classify(judge, "Why the World's Biggest Economies Are Running Out of Workers"));
    assertEquals(LineClass.SHORT, classify(judge, "Contact us"));
  }

  @Test
  void aLongLineOfNamesWithoutFunctionWordsIsNotProse() {
    assertEquals(
        LineClass.BAD,
        classify(judgeFor(ENGLISH), "News Local Transport Education Health Politics Business Sport"));
  }

  @Test
  void aLongSentenceWithFewFunctionWordsIsStillProbablyProse() {
    String lineUp =
        "Carnford Town: Nash; Doyle, Pereira, Kent, Silva; Harrington, Morley (Begley 70), Quinn;"
            + " Evans (Farrell 70), Lyle, Okon.";

    assertEquals(LineClass.NEAR_GOOD, classify(judgeFor(ENGLISH), lineUp));
  }

  @Test
  void japaneseIsJudgedByItsGrammaticalCharacters() {
    String sentence = "県は今後、周辺の別の漁港についても同様の点検を進める方針だという。昨年の台風で一部が崩れた。";
    String headline = "港の防波堤、補強工事が完了　台風シーズン前に";
    ProseJudge judge = judgeFor(sentence);

    assertEquals(LineClass.GOOD, classify(judge, sentence));
    assertEquals(LineClass.SHORT, classify(judge, headline));
  }

  @Test
  void aShortLineIsASentenceWhenItEndsLikeOneAndHasFunctionWords() {
    ProseJudge judge = judgeFor(ENGLISH);

    assertTrue(judge.isSentence("The survey will be repeated next year.", 7));
    assertFalse(judge.isSentence("Pier reopens after repairs", 4));
    assertFalse(judge.isSentence("Yes.", 1));
  }
}
