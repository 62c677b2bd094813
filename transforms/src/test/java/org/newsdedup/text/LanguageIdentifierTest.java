package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageIdentifierTest {
  private static final String ENGLISH =
      "Pakistan and Iran agreed on Monday to expand security cooperation after a week of deadly"
          + " strikes.\nThe foreign ministers met in Islamabad and promised to keep talking through"
          + " the existing channels.\nBoth sides said the ambassadors would return to their posts"
          + " within days.";
  private static final String FRENCH =
      "Le Pakistan et l'Iran ont convenu lundi de renforcer leur coopération en matière de"
          + " sécurité.\nLes deux ministres des affaires étrangères se sont rencontrés à Islamabad"
          + " et ont promis de poursuivre le dialogue.";
  private static final String GERMAN =
      "Pakistan und Iran haben sich am Montag darauf geeinigt, ihre Zusammenarbeit in"
          + " Sicherheitsfragen auszubauen.\nDie beiden Außenminister trafen sich in Islamabad und"
          + " versprachen, die Gespräche fortzusetzen.";
  private static final String SPANISH =
      "Pakistán e Irán acordaron el lunes ampliar su cooperación en materia de seguridad tras una"
          + " semana de ataques.\nLos dos ministros de Asuntos Exteriores se reunieron en"
          + " Islamabad y prometieron seguir dialogando.";

  @Test
  void englishIsEn() {
    assertEquals("en", LanguageIdentifier.identify(ENGLISH).code());
  }

  @Test
  void frenchIsFr() {
    assertEquals("fr", LanguageIdentifier.identify(FRENCH).code());
  }

  @Test
  void germanIsDe() {
    assertEquals("de", LanguageIdentifier.identify(GERMAN).code());
  }

  @Test
  void spanishIsEs() {
    assertEquals("es", LanguageIdentifier.identify(SPANISH).code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Hola", "Talks resume today", "Iran–Pakistan talks"})
  void textShorterThanTwentyCharactersHasNoLanguage(String text) {
    LanguageIdentifier.Guess guess = LanguageIdentifier.identify(text);

    assertTrue(text.length() < 20);
    assertNull(guess.code());
    assertEquals(0.0, guess.confidence());
  }

  @Test
  void theConfidenceIsAProbabilityRoundedToThreeDecimals() {
    double confidence = LanguageIdentifier.identify(GERMAN).confidence();

    assertTrue(confidence > 0 && confidence <= 1, "confidence " + confidence);
    assertEquals(Math.round(confidence * 1000), confidence * 1000, 1e-9);
  }

  @Test
  void onlyTheOpeningOfALongTextIsRead() {
    String englishOpening = (ENGLISH + "\n").repeat(10);
    String germanRest = (GERMAN + "\n").repeat(60);

    assertTrue(englishOpening.length() > 2000);
    assertEquals("en", LanguageIdentifier.identify(englishOpening + germanRest).code());
    assertEquals("de", LanguageIdentifier.identify(germanRest + englishOpening).code());
  }

  @Test
  void detectorsOnSeveralThreadsAgree() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> codes = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String text = i % 2 == 0 ? FRENCH : SPANISH;
        codes.add(pool.submit(() -> LanguageIdentifier.identify(text).code()));
      }
      for (int i = 0; i < codes.size(); i++) {
        assertEquals(i % 2 == 0 ? "fr" : "es", codes.get(i).get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
