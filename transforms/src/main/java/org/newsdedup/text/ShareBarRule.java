package org.newsdedup.text;

import java.util.Locale;
import java.util.Set;

/**
 * Drops share and follow bars: lines made only of network names and share verbs ("Share
 * Facebook Twitter WhatsApp Email Copy link", "Follow us on Instagram").
 */
final class ShareBarRule implements LineRule {
  static final String REASON = "share-bar";
  private static final Set<String> BAR_WORDS =
      Set.of(
          "share", "shares", "sharing", "follow", "us", "on", "facebook", "twitter", "x",
          "whatsapp", "email", "e-mail", "mail", "copy", "link", "linkedin", "linked", "in",
          "pinterest", "reddit", "telegram", "messenger", "print", "tweet", "instagram",
          "youtube", "tiktok", "threads", "bluesky", "flipboard", "comments", "comment", "save",
          "this", "article", "story", "the");
  private static final Set<String> NETWORKS_AND_VERBS =
      Set.of(
          "share", "follow", "facebook", "twitter", "whatsapp", "email", "linkedin", "pinterest",
          "reddit", "telegram", "tweet", "instagram", "print", "youtube", "tiktok", "bluesky");

  @Override
  public void apply(DocumentLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isKept(i) && doc.words(i) <= 16 && isBar(doc.line(i))) {
        doc.remove(i, REASON);
      }
    }
  }

  private static boolean isBar(String line) {
    int signals = 0;
    for (String token : Words.tokens(line)) {
      String word = token.toLowerCase(Locale.ROOT);
      if (!BAR_WORDS.contains(word)) {
        return false;
      }
      if (NETWORKS_AND_VERBS.contains(word)) {
        signals++;
      }
    }
    return signals >= 2 || (signals == 1 && Words.count(line) <= 2);
  }
}
