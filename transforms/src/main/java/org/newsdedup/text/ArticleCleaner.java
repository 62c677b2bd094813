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
  private static final List<LineRule> PATTERN_RULES =
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
          new ChromePatternRule(),
          new HeaderRule());
  private static final java.util.Map<CleaningMode, LineRule> CONTEXT_RULES =
      java.util.Map.of(
          CleaningMode.BALANCED, new ContextRule(CleaningMode.BALANCED),
          CleaningMode.PRECISION, new ContextRule(CleaningMode.PRECISION),
          CleaningMode.RECALL, new ContextRule(CleaningMode.RECALL));

  private ArticleCleaner() {}

  /** Cleans plain text in the balanced mode. */
  public static CleanedText clean(String text) {
    return clean(text, CleaningMode.BALANCED);
  }

  public static CleanedText clean(String text, CleaningMode mode) {
    return clean(new DocumentLines(LineNormalizer.lines(text)), mode);
  }

  /** Cleans an HTML page: its markup weighs in on every decision (see {@link HtmlPage}). */
  public static CleanedText cleanHtml(String html, CleaningMode mode) {
    return clean(HtmlPage.blocksOf(html), mode);
  }

  /** Cleans a document read as {@code format} says, given the name it came under. */
  public static CleanedText clean(
      String source, String content, InputFormat format, CleaningMode mode) {
    return format.isHtml(source, content) ? cleanHtml(content, mode) : clean(content, mode);
  }

  /**
   * The document's text as the cleaner first sees it, before any rule: its lines, or an HTML
   * page's blocks. The baseline a cleaner is measured against.
   */
  public static String uncleanedText(String source, String content, InputFormat format) {
    if (!format.isHtml(source, content)) {
      return content;
    }
    DocumentLines doc = HtmlPage.blocksOf(content);
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      lines.add(doc.line(i));
    }
    return String.join("\n", lines);
  }

  static CleanedText clean(DocumentLines doc, CleaningMode mode) {
    for (LineRule rule : PATTERN_RULES) {
      rule.apply(doc);
    }
    CONTEXT_RULES.get(mode).apply(doc);
    List<String> kept = new ArrayList<>();
    List<RemovedLine> removed = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      String reason = doc.reason(i);
      if (reason != null) {
        removed.add(new RemovedLine(doc.lineNumber(i), doc.line(i), reason));
      } else if (!doc.isBlank(i)) {
        kept.add(doc.line(i));
      }
    }
    return new CleanedText(kept, removed);
  }
}
