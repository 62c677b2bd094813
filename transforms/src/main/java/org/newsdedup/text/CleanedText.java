package org.newsdedup.text;

import java.util.List;
import org.newsdedup.model.RemovedLine;

/** What the cleaner kept, one paragraph per entry, and what it took out, with reasons. */
public record CleanedText(List<String> paragraphs, List<RemovedLine> removedLines) {
  public CleanedText {
    paragraphs = List.copyOf(paragraphs);
    removedLines = List.copyOf(removedLines);
  }

  /** The kept paragraphs as one text, a paragraph per line. */
  public String text() {
    return String.join("\n", paragraphs);
  }
}
