package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentencesTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pakistan said two children were killed.",
        "Will the talks resume?",
        "Enough!",
        "And then…",
        "Officials said:",
        "He called the attack “horrifying and despicable.”",
        "“We will respond,” he said.\"",
        "(Talks resumed on Monday.)",
        "He said the talks had ended.’",
        "[Updated.]",
        "Il a dit «c'est fini.»",
        "巴基斯坦和伊朗同意加强安全合作。",
        "会谈结束了！",
        "会谈会继续吗？",
        "「会谈结束了。」",
        "『完了。』",
        "هل ستستأنف المحادثات؟",
        "भारत सरकार ने कहा।"
      })
  void linesThatEndLikeASentence(String line) {
    assertTrue(Sentences.endsSentence(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "Pakistan and Iran agree to work together",
        "Home News World",
        "By Press Association",
        "Growth was 3.5%",
        "Talks, then strikes,",
        "\"\"",
        ")]”’",
        "(AP)",
        "“Quote without a stop”",
        "30 January 2024 13:49"
      })
  void linesThatDoNotEndLikeASentence(String line) {
    assertFalse(Sentences.endsSentence(line));
  }
}
