package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuotesTest {
  private static final List<String> PEOPLE = List.of("Jalil Abbas Jilani", "Hossein Amir Abdollahian");

  @Test
  void speakersAfterAndBeforeTheQuoteAreFound() {
    List<Quotes.Quote> quotes =
        Quotes.find(
            List.of(
                "\"We consider Pakistan's security as our own security,\" Abdollahian said.",
                "Jilani said: \"Terrorism poses a common challenge to our countries.\"",
                "\"All channels were operational,\" said Jalil Abbas Jilani."),
            PEOPLE);

    assertEquals(
        List.of(
            new Quotes.Quote("We consider Pakistan's security as our own security", "Hossein Amir Abdollahian"),
            new Quotes.Quote("Terrorism poses a common challenge to our countries.", "Jalil Abbas Jilani"),
            new Quotes.Quote("All channels were operational", "Jalil Abbas Jilani")),
        quotes);
  }

  @Test
  void aPronounStandsForTheLastSentenceSubject() {
    List<Quotes.Quote> quotes =
        Quotes.find(
            List.of(
                "Jalil Abbas Jilani, speaking beside Hossein Amir Abdollahian, said ties were good.",
                "\"We were able to resolve it fairly quickly,\" he said."),
            PEOPLE);

    assertEquals(List.of(new Quotes.Quote("We were able to resolve it fairly quickly", "Jalil Abbas Jilani")), quotes);
  }

  @Test
  void shortScareQuotesAreNotStatementsAndUnattributedQuotesHaveNoSpeaker() {
    List<Quotes.Quote> quotes =
        Quotes.find(
            List.of("He called it \"horrifying\" and the ministry said the attack was “an act of"
                + " cowardice aimed at peace”."),
            PEOPLE);

    assertEquals(List.of(new Quotes.Quote("an act of cowardice aimed at peace", null)), quotes);
  }
}
