package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InputFormatTest {
  @Test
  void autoReadsHtmlByNameEvenCompressed() {
    assertTrue(InputFormat.AUTO.isHtml("pages/a.html", "plain words"));
    assertTrue(InputFormat.AUTO.isHtml("pages/A.HTM", "plain words"));
    assertTrue(InputFormat.AUTO.isHtml("gs://bucket/a.html.gz", "plain words"));
    assertFalse(InputFormat.AUTO.isHtml("pages/a.txt", "plain words"));
  }

  @Test
  void autoReadsHtmlByItsOpeningTag() {
    assertTrue(InputFormat.AUTO.isHtml("a.txt", "\n  <!DOCTYPE html><html><body></body></html>"));
    assertTrue(InputFormat.AUTO.isHtml("a", "<HTML lang=\"en\">"));
    assertFalse(InputFormat.AUTO.isHtml("a.txt", "Use <html> tags carefully, the guide says."));
  }

  @Test
  void htmlAndTextOverrideTheName() {
    assertTrue(InputFormat.HTML.isHtml("a.txt", "words"));
    assertFalse(InputFormat.TEXT.isHtml("a.html", "<!doctype html>"));
  }

  @Test
  void parsesTheOptionValues() {
    assertEquals(InputFormat.HTML, InputFormat.parse("html"));
    assertEquals(InputFormat.AUTO, InputFormat.parse("Auto"));
    assertThrows(IllegalArgumentException.class, () -> InputFormat.parse("pdf"));
  }
}
