package org.newsdedup.text;

import java.util.regex.Pattern;

/**
 * Drops the list of other headlines a page appends after the article ("In World", then teasers
 * separated by bullet lines). The list is recognised by its shape: from some point to the end of
 * the document, every line is a bullet, a short label, or a single teaser directly under a
 * bullet, with at least two bare bullets in the run.
 */
final class LinkListRule implements LineRule {
  static final String REASON = "link-list";
  private static final Pattern BARE_BULLET = Pattern.compile("[-–—•*·|]+");
  private static final Pattern BULLET_ITEM = Pattern.compile("[-–—•*·]\\s+\\S.*");
  private static final int MAX_LABEL_WORDS = 6;
  private static final int MIN_BARE_BULLETS = 2;

  @Override
  public void apply(DocumentLines doc) {
    int start = -1;
    int bareBullets = 0;
    for (int i = doc.previousNonBlank(doc.size()); i >= 0; i = doc.previousNonBlank(i)) {
      if (!doc.isKept(i)) {
        continue;
      }
      if (BARE_BULLET.matcher(doc.line(i)).matches()) {
        bareBullets++;
      } else if (!isLabel(doc, i) && !isUnderBareBullet(doc, i)) {
        break;
      }
      start = i;
    }
    if (start < 0 || bareBullets < MIN_BARE_BULLETS) {
      return;
    }
    for (int i = start; i < doc.size(); i++) {
      doc.remove(i, REASON);
    }
  }

  /**
   * A section label or a short teaser. A short line that ends like a sentence is not a label
   * unless a bullet stands over it: it is the article's last, short paragraph.
   */
  private static boolean isLabel(DocumentLines doc, int i) {
    return (doc.words(i) <= MAX_LABEL_WORDS && !Sentences.endsSentence(doc.line(i)))
        || (BULLET_ITEM.matcher(doc.line(i)).matches() && doc.words(i) <= 2 * MAX_LABEL_WORDS);
  }

  private static boolean isUnderBareBullet(DocumentLines doc, int i) {
    int previous = doc.previousNonBlank(i);
    return previous >= 0 && BARE_BULLET.matcher(doc.line(previous)).matches();
  }
}
