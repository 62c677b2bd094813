package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WordsTest {
  @Test
  void emptyAndPunctuationOnlyTextsHaveNoWords() {
    assertEquals(0, Words.count(""));
    assertEquals(List.of(), Words.tokens(""));
    assertEquals(0, Words.count(" -- ... ! ? "));
    assertEquals(List.of(), Words.tokens(" -- ... ! ? "));
  }

  @Test
  void wordsAreLowerCasedAndStrippedOfPunctuation() {
    assertEquals(
        List.of("pakistan", "and", "iran", "agree"), Words.tokens("Pakistan AND Iran, agree."));
    assertEquals(4, Words.count("Pakistan AND Iran, agree."));
  }

  @Test
  void anApostropheInsideAWordKeepsItWholeAndCurlyBecomesStraight() {
    assertEquals(List.of("pakistan's", "caretaker"), Words.tokens("Pakistan's caretaker"));
    assertEquals(List.of("iran's", "help"), Words.tokens("Iran\u2019s help"));
    assertEquals(2, Words.count("Iran\u2019s help"));
  }

  @Test
  void aHyphenInsideAWordKeepsItWhole() {
    assertEquals(
        List.of("nuclear-armed", "tit-for-tat", "strikes"),
        Words.tokens("nuclear-armed tit-for-tat strikes"));
    assertEquals(3, Words.count("nuclear-armed tit-for-tat strikes"));
  }

  @Test
  void aJoinerAtAWordEdgeOrDoubledSplitsWords() {
    assertEquals(List.of("the", "workers", "union"), Words.tokens("the workers' union"));
    assertEquals(List.of("pre", "and", "post-war"), Words.tokens("pre- and post-war"));
    assertEquals(List.of("talks", "again"), Words.tokens("talks--again"));
    assertEquals(List.of("5"), Words.tokens("-5"));
    assertEquals(2, Words.count("talks--again"));
  }

  @Test
  void dashesAndSlashesSeparateWords() {
    assertEquals(List.of("islamabad", "tehran"), Words.tokens("Islamabad\u2014Tehran"));
    assertEquals(List.of("home", "politics"), Words.tokens("Home/Politics"));
  }

  @Test
  void numbersAreWordsAndAnIsoDateIsOneWord() {
    assertEquals(List.of("at", "least", "11", "people"), Words.tokens("at least 11 people"));
    assertEquals(List.of("2024-01-29"), Words.tokens("2024-01-29"));
    assertEquals(List.of("13", "49"), Words.tokens("13:49"));
  }

  @Test
  void accentedAndGreekLettersAreWordCharacters() {
    assertEquals(List.of("zürich", "genève", "ελλάδα"), Words.tokens("Zürich Genève ΕΛΛΆΔΑ"));
  }

  @Test
  void rightToLeftWordsAreSplitAtSpaces() {
    assertEquals(List.of("باكستان", "وإيران", "تتفقان"), Words.tokens("باكستان وإيران تتفقان"));
    assertEquals(2, Words.count("שלום ישראל"));
  }

  @Test
  void cjkRunsWithoutSpacesAreOneWordEach() {
    assertEquals(List.of("巴基斯坦和伊朗", "北京"), Words.tokens("巴基斯坦和伊朗，北京。"));
    assertEquals(2, Words.count("巴基斯坦和伊朗，北京。"));
  }

  @Test
  void combiningMarksStayInsideTheirWord() {
    assertEquals(List.of("भारत", "सरकार", "ने", "कहा"), Words.tokens("भारत सरकार ने कहा।"));
    assertEquals(4, Words.count("भारत सरकार ने कहा।"));
    assertEquals(List.of("नमस्ते"), Words.tokens("नमस्ते"));
    assertEquals(List.of("مُحَمَّد"), Words.tokens("مُحَمَّد"));
    assertEquals(List.of("e\u0301clair"), Words.tokens("e\u0301clair"));
    assertEquals(1, Words.count("e\u0301clair"));
  }

  @Test
  void aCombiningMarkWithNoLetterBeforeItIsNotAWord() {
    assertEquals(0, Words.count("\u0301 \u0301"));
    assertEquals(List.of(), Words.tokens("\u0301 \u0301"));
  }

  @Test
  void emojiSeparateWordsAndAreNotWordsThemselves() {
    assertEquals(List.of("iran", "pakistan"), Words.tokens("Iran\uD83D\uDE42Pakistan"));
    assertEquals(
        List.of("coder"), Words.tokens("\uD83D\uDC69\u200D\uD83D\uDCBB coder \u2764\uFE0F"));
  }

  @Test
  void lettersOutsideTheBasicPlaneAreOneWord() {
    String mathBold = "\uD835\uDC00\uD835\uDC01";

    assertEquals(1, Words.count(mathBold));
    assertEquals(List.of(mathBold), Words.tokens(mathBold));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pakistan and Iran agree to work together to improve security after air strikes",
        "“Terrorism poses a common challenge to our countries,” Mr Jilani said.",
        "Iran-Pakistan ties worsened on January 17 -- when Iran's strikes hit",
        "rock - and - roll ' quoted ' end-",
        "a'b'c-d-e f''g h--i",
        "भारत सरकार ने कहा। مُحَمَّد 巴基斯坦，北京",
        "\u0301start with a mark e\u0301"
      })
  void countAlwaysAgreesWithTheNumberOfTokens(String text) {
    assertEquals(Words.tokens(text).size(), Words.count(text));
  }

  @Test
  void aVeryLongTextIsCountedInFull() {
    assertEquals(100_000, Words.count("word ".repeat(100_000)));
    assertEquals(1, Words.count("a".repeat(200_000)));
  }
}
