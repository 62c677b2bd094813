package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgencyCreditsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Source: Xinhua ; Xinhua",
        "--IANS ; IANS",
        "*Com informações da Reuters ; Reuters",
        "This report by The Canadian Press was first published March 2, 2024. ; Canadian Press",
        "IANS | Mar 01, 2024 01:40 PM ; IANS",
        "Redazione ANSA ; ANSA"
      })
  void creditLinesNameTheirAgency(String line, String agency) {
    assertEquals(List.of(agency), AgencyCredits.in(line));
  }

  @org.junit.jupiter.api.Test
  void severalAgenciesAreListedInOrder() {
    assertEquals(List.of("Reuters", "AFP"), AgencyCredits.in("Reuters and AFP contributed to this report."));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"Reuters reported that the talks had ended without agreement.",
        "AFP content is copyright Agence France-Presse.", "© 2024 The Straits Observer",
        "Photo: AP"})
  void sentencesAndNoticesAreNotCredits(String line) {
    assertEquals(List.of(), AgencyCredits.in(line));
  }
}
