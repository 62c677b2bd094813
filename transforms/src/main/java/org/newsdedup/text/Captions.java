package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import org.newsdedup.model.RemovedLine;

/**
 * The picture captions of a page: the lines the cleaner removed as captions, in page order.
 * They describe the story's pictures, so users keep them, but apart from the article's text.
 */
public final class Captions {
  private Captions() {}

  public static List<String> of(List<RemovedLine> removedLines) {
    List<String> captions = new ArrayList<>();
    for (RemovedLine line : removedLines) {
      if (line.reason.equals(PhotoCreditRule.CAPTION)) {
        captions.add(line.text);
      }
    }
    return captions;
  }
}
