package org.newsdedup.text;

import java.util.regex.Pattern;

/**
 * Drops a row of links flattened into one line by its separators: "About us | Careers | Terms of
 * use | Privacy", "Aviso legal · Política de privacidad · Contacto". Three or more short
 * segments, none of them a sentence, is navigation, not prose.
 */
final class LinkBarRule implements LineRule {
  static final String REASON = "navigation";
  /** Lines are normalised to single spaces first, so one space each side is every case. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s[|·•]\\s");
  private static final int MIN_SEGMENTS = 3;
  private static final int MAX_SEGMENT_WORDS = 5;

  @Override
  public void apply(DocumentLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isKept(i) && isLinkBar(doc.line(i))) {
        doc.remove(i, REASON);
      }
    }
  }

  private static boolean isLinkBar(String line) {
    if (line.indexOf('|') < 0 && line.indexOf('·') < 0 && line.indexOf('•') < 0) {
      return false;
    }
    String[] segments = SEPARATOR.split(line);
    if (segments.length < MIN_SEGMENTS) {
      return false;
    }
    for (String segment : segments) {
      if (Words.count(segment) > MAX_SEGMENT_WORDS || Sentences.endsSentence(segment)) {
        return false;
      }
    }
    return true;
  }
}
