package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EntitiesTest {
  @Test
  void peoplePlacesAndOrganisationsAreListedOnceInOrder() {
    Entities entities =
        Entities.find(
            List.of(
                "The fire had burned 18,000 acres, according to the Oklahoma Forestry Services."
                    + " Governor Alicia Monroe flew from Oklahoma City to Washington.",
                "The European Commission and Reuters said Pakistan and Iran would talk in Pakistan."),
            new Datelines.Dateline("CALDER SPRINGS, Okla. (AP) —", "CALDER SPRINGS, Okla.", "Associated Press"));

    assertEquals(List.of("Alicia Monroe"), entities.people());
    assertEquals(List.of("Calder Springs", "Washington", "Pakistan", "Iran"), entities.places());
    assertEquals(List.of("Oklahoma Forestry Services", "European Commission", "Reuters"),
        entities.organizations());
  }
}
