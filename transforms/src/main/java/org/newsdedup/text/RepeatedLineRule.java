package org.newsdedup.text;

import java.util.HashSet;
import java.util.Set;

/**
 * Drops a line that repeats an earlier line of the same document: scrapes often hold a caption
 * or a teaser twice. Short lines are left alone, since "Credits: DepositPhotos" or a one-word
 * label can legitimately recur and other rules judge those.
 */
final class RepeatedLineRule implements LineRule {
  static final String REASON = "repeated-line";
  private static final int MIN_WORDS = 4;

  @Override
  public void apply(DocumentLines doc) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isBlank(i) || doc.words(i) < MIN_WORDS) {
        continue;
      }
      if (!seen.add(doc.lowerCase(i))) {
        doc.remove(i, REASON);
      }
    }
  }
}
