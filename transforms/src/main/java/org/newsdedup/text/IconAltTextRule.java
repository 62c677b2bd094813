package org.newsdedup.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops runs of icon descriptions that screen-reader text leaves in a scrape ("Email An icon of a
 * paper envelope. Facebook An icon of the Facebook mark. ..."): a line naming three or more icons
 * or logos is page furniture whatever else it says.
 */
final class IconAltTextRule implements LineRule {
  static final String REASON = "icon-alt-text";
  private static final Pattern ICON_WORD =
      Pattern.compile("\\b(?:icon|logo)\\b", Pattern.CASE_INSENSITIVE);
  private static final int MIN_MENTIONS = 3;
  private static final Pattern LONE_ICON =
      Pattern.compile("[\\p{L}\\d -]{1,40} (?:icon|logo)", Pattern.CASE_INSENSITIVE);
  private static final int MAX_LONE_ICON_WORDS = 4;

  @Override
  public void apply(DocumentLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isKept(i)
          && (mentions(doc.line(i), doc.lowerCase(i)) >= MIN_MENTIONS
              || (doc.words(i) <= MAX_LONE_ICON_WORDS && LONE_ICON.matcher(doc.line(i)).matches()))) {
        doc.remove(i, REASON);
      }
    }
  }

  private static int mentions(String line, String lowerCase) {
    if (!lowerCase.contains("icon") && !lowerCase.contains("logo")) {
      return 0;
    }
    Matcher m = ICON_WORD.matcher(line);
    int count = 0;
    while (count < MIN_MENTIONS && m.find()) {
      count++;
    }
    return count;
  }
}
