package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.RemovedLine;

class CaptionsTest {
  @Test
  void keepsOnlyCaptionLinesInPageOrder() {
    List<RemovedLine> removed =
        List.of(
            new RemovedLine(1, "Home News World", "breadcrumb"),
            new RemovedLine(4, "Talks in the capital (AP Photo)", "photo-caption"),
            new RemovedLine(5, "Talks in the capital (AP Photo)", "repeated-line"),
            new RemovedLine(9, "Credits: DepositPhotos", "photo-credit"),
            new RemovedLine(12, "The border crossing (Reuters)", "photo-caption"));

    assertEquals(
        List.of("Talks in the capital (AP Photo)", "The border crossing (Reuters)"),
        Captions.of(removed));
  }

  @Test
  void noCaptionsIsAnEmptyList() {
    assertEquals(List.of(), Captions.of(List.of(new RemovedLine(1, "By Jane Doe", "byline"))));
  }
}
