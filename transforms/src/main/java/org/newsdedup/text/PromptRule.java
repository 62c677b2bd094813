package org.newsdedup.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the calls to action a page wraps around an article: "Read more", "Leave a review",
 * newsletter and cookie prompts, "Advertisement". Only short lines qualify, so a sentence that
 * happens to start with "Subscribe" inside the article stays.
 */
final class PromptRule implements LineRule {
  private static final int MAX_WORDS = 12;

  private record Prompt(String reason, Pattern pattern) {}

  private static final List<Prompt> PROMPTS =
      List.of(
          prompt(
              "read-more",
              "(?:read|see|view) (?:more|also|next|the full story)\\b.*|more from\\b.*"
                  + "|related(?: articles| stories| news| coverage)?:?|recommended(?: for you)?:?"
                  + "|most (?:read|popular|viewed)\\b.*|trending(?: now)?:?"),
          prompt(
              "comment-prompt",
              "leave a (?:review|comment|reply)\\b.*|(?:\\d+ )?comments?:?"
                  + "|join the (?:conversation|discussion)\\b.*|show comments\\b.*"),
          prompt(
              "newsletter-prompt",
              "(?:sign up|subscribe|register)\\b.*(?:newsletter|email|inbox|free|now|today)\\b.*"
                  + "|get (?:our|the) .{0,40}newsletter\\b.*"),
          prompt(
              "cookie-notice",
              "(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies)\\b.*"),
          prompt("advertisement", "advertisement|sponsored(?: content)?|ad|story continues below"
              + "(?: advertisement)?"));

  private static Prompt prompt(String reason, String regex) {
    return new Prompt(
        reason, Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
  }

  @Override
  public void apply(DocumentLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      if (!doc.isKept(i) || doc.words(i) > MAX_WORDS) {
        continue;
      }
      String line = doc.line(i);
      for (Prompt prompt : PROMPTS) {
        if (prompt.pattern().matcher(line).matches()) {
          doc.remove(i, prompt.reason());
          break;
        }
      }
    }
  }
}
