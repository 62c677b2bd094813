package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import org.newsdedup.model.RemovedLine;

/**
 * Separates an article from the page around it. The rules run in a fixed order and each claims
 * only lines no earlier rule took, so a line's reason is the most specific rule that knew it:
 * page furniture first, then repeats and pictures, then the trailing lists and bios, and last
 * the header, which needs everything else gone to see where the article begins.
 */
public final class ArticleCleaner {
  private static final List<LineRule> RULES =
      List.of(
          new IconAltTextRule(),
          new BreadcrumbRule(),
          new ShareBarRule(),
          new PromptRule(),
          new CookieNoticeRule(),
          new LinkBarRule(),
          new RepeatedLineRule(),
          new PhotoCreditRule(),
          new CaptionAltTextRule(),
          new LinkListRule(),
          new AuthorBioRule(),
          new HeaderRule());

  private ArticleCleaner() {}

  public static CleanedText clean(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    for (LineRule rule : RULES) {
      rule.apply(doc);
    }
    List<String> kept = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      String reason = doc.reason(i);
      if (reason != null) {
        removed.add(new RemovedLine(i + 1, doc.line(i), reason));
      } else if (!doc.isBlank(i)) {
        kept.add(doc.line(i));
      }
    }
    return new CleanedText(kept, removed);
  }
}
