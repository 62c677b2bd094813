package org.newsdedup.text;

import java.util.regex.Pattern;

/**
 * Drops the author blurb at the foot of a page ("Malik is a skilled writer with a passion for
 * news ..."): one of the last lines, naming someone who is or was a writer, reporter or editor.
 */
final class AuthorBioRule implements LineRule {
  static final String REASON = "author-bio";
  private static final int LINES_FROM_END = 3;
  private static final Pattern BIO =
      Pattern.compile(
          "\\p{Lu}[\\p{L}.'-]{1,30}(?: \\p{Lu}[\\p{L}.'-]{0,30}){0,3} (?:is|was|has been) "
              + "(?:an?|the|our) [^.]{0,60}\\b(?:writer|journalist|reporter|editor|correspondent"
              + "|contributor|columnist|author|freelancer|blogger)\\b.*");

  @Override
  public void apply(DocumentLines doc) {
    int seen = 0;
    for (int i = doc.previousNonBlank(doc.size());
        i >= 0 && seen < LINES_FROM_END;
        i = doc.previousNonBlank(i)) {
      if (!doc.isKept(i)) {
        continue;
      }
      seen++;
      if (BIO.matcher(doc.line(i)).matches()) {
        doc.remove(i, REASON);
      }
    }
  }
}
