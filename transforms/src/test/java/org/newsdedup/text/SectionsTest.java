package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionsTest {
  private static List<PageLine> head(String... lines) {
    List<PageLine> head = new ArrayList<>();
    for (String line : lines) {
      head.add(new PageLine(line, "header-line"));
    }
    return head;
  }

  @Test
  void theLastSpecificCrumbAboveTheHeadlineIsTheSection() {
    assertEquals("Segunda División",
        Sections.find(head("Portada › Fútbol › Segunda División", "El Sporting remonta"), 1));
    assertEquals("What's On",
        Sections.find(head("Home » What's On » Harbour festival returns with free concerts",
            "Harbour festival returns with free concerts"), 1));
  }

  @Test
  void aLabelThatRepeatsAMenuItemIsTheSection() {
    assertEquals("Politics",
        Sections.find(head("Lakeside Herald", "Home", "Politics", "Sport", "Search", "Politics",
            "Council approves tax rise"), 6));
  }

  @Test
  void aMenuAloneNamesNoSection() {
    assertNull(Sections.find(head("Finance Hub", "Sign in", "Markets", "News", "Personal Finance",
        "Oil holds gains as traders weigh supply cuts"), 5));
  }

  @Test
  void breadcrumbLinesOfTheCleanerAreReadCrumbByCrumb() {
    List<PageLine> head =
        List.of(new PageLine("1. Home", "breadcrumb"), new PageLine("2. /", "breadcrumb"),
            new PageLine("3. Politics", "breadcrumb"),
            new PageLine("4. Pakistan and Iran to...", "breadcrumb"),
            new PageLine("Pakistan and Iran to enhance security ties", "headline"));

    assertEquals("Politics", Sections.find(head, 4));
  }
}
