package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "ISLAMABAD (Reuters) - Pakistan and Iran agreed. | ISLAMABAD (Reuters) - | ISLAMABAD | Reuters",
        "ISLAMABAD, Jan 30 (Reuters) - Pakistan and Iran agreed. | ISLAMABAD, Jan 30 (Reuters) - | ISLAMABAD | Reuters",
        "CALDER SPRINGS, Okla. (AP) — A wildfire spread. | CALDER SPRINGS, Okla. (AP) — | CALDER SPRINGS, Okla. | Associated Press",
        "Nagpur, Feb 10 (PTI) Opener Rohan Saxena struck 142. | Nagpur, Feb 10 (PTI) | Nagpur | PTI",
        "Madrid, 25 feb (EFE).- El Sporting remontó. | Madrid, 25 feb (EFE).- | Madrid | EFE",
        "(Bloomberg) -- Oil held most of its gains. | (Bloomberg) -- | - | Bloomberg",
        "RIVERBEND (WRBN) — Thousands of homes lost water. | RIVERBEND (WRBN) — | RIVERBEND | -",
        "WINNIPEG — Mason Kowalchuk scored twice. | WINNIPEG — | WINNIPEG | -",
        "Reuters: Pakistan and Iran on Monday said they agreed. | Reuters: | - | Reuters"
      })
  void datelinesGiveTextPlaceAndAgency(String opening, String text, String place, String agency) {
    Datelines.Dateline dateline = Datelines.read(opening);

    assertEquals(new Datelines.Dateline(text, place, agency), dateline);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pakistan and Iran agreed on Monday to expand security cooperation.",
        "Analysis: Pakistan and Iran said on Monday they would cooperate.",
        "The talks (held in Islamabad) ended on Monday."
      })
  void ordinaryOpeningsHaveNoDateline(String opening) {
    assertNull(Datelines.read(opening));
  }
}
