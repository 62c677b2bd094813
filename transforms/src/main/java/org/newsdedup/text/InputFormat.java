package org.newsdedup.text;

import java.util.Locale;

/**
 * What a document's text is: {@link #TEXT} (a page already turned into text, a block per line)
 * or {@link #HTML} (the page's markup). {@link #AUTO} reads files named {@code .html} or {@code
 * .htm}, and text that opens with an HTML doctype or {@code <html>} tag, as HTML.
 */
public enum InputFormat {
  AUTO,
  HTML,
  TEXT;

  private static final int SNIFF_CHARS = 512;

  /** The format named by {@code value}, in any case: auto, html or text. */
  public static InputFormat parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "input format must be auto, html or text, got '" + value + "'", e);
    }
  }

  /** Whether the document named {@code source} with this text is to be read as HTML. */
  public boolean isHtml(String source, String text) {
    return switch (this) {
      case HTML -> true;
      case TEXT -> false;
      case AUTO -> hasHtmlName(source) || opensAsHtml(text);
    };
  }

  private static boolean hasHtmlName(String source) {
    String name = source.toLowerCase(Locale.ROOT);
    for (String compression : new String[] {".gz", ".bz2"}) {
      if (name.endsWith(compression)) {
        name = name.substring(0, name.length() - compression.length());
      }
    }
    return name.endsWith(".html") || name.endsWith(".htm");
  }

  private static boolean opensAsHtml(String text) {
    String head =
        text.substring(0, Math.min(text.length(), SNIFF_CHARS)).stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }
}
