package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.RemovedLine;

class CleanedTextTest {
  @Test
  void theTextIsOneParagraphPerLine() {
    CleanedText cleaned =
        new CleanedText(List.of("First paragraph.", "Second paragraph."), List.of());

    assertEquals("First paragraph.\nSecond paragraph.", cleaned.text());
  }

  @Test
  void noParagraphsIsAnEmptyText() {
    assertEquals("", new CleanedText(List.of(), List.of()).text());
  }

  @Test
  void theListsAreCopiedAndCannotChange() {
    List<String> paragraphs = new ArrayList<>(List.of("Talks resume."));
    List<RemovedLine> removed =
        new ArrayList<>(List.of(new RemovedLine(1, "Read more", "read-more")));
    CleanedText cleaned = new CleanedText(paragraphs, removed);

    paragraphs.add("Added later.");
    removed.clear();

    assertEquals(List.of("Talks resume."), cleaned.paragraphs());
    assertEquals(List.of(new RemovedLine(1, "Read more", "read-more")), cleaned.removedLines());
    assertThrows(UnsupportedOperationException.class, () -> cleaned.paragraphs().add("x"));
  }

  @Test
  void nullParagraphsAreRefused() {
    assertThrows(
        NullPointerException.class,
        () -> new CleanedText(Arrays.asList("Talks resume.", null), List.of()));
  }
}
