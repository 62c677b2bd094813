package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZonesTest {
  @ParameterizedTest
  @CsvSource({"EST,-05:00", "GMT+1,+01:00", "UTC-3:30,-03:30", "+0530,+05:30", "-05:00,-05:00", "CET,+01:00"})
  void zonesBecomeOffsets(String zone, String offset) {
    assertEquals(offset, Zones.offset(zone));
  }

  @org.junit.jupiter.api.Test
  void unknownAndImpossibleZonesHaveNoOffset() {
    assertNull(Zones.offset(null));
    assertNull(Zones.offset("GMT+23"));
    assertNull(Zones.offset("XYZ"));
  }
}
