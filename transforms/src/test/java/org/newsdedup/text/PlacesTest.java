package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {
  @Test
  void wholeRunsOfCapitalisedWordsAreLookedUp() {
    assertEquals(List.of("New York", "Pakistan", "Sri Lanka"),
        Places.in("Talks in New York between Pakistan's envoy and Sri Lanka ended. York was quiet."));
  }
}
