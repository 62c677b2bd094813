package org.newsdedup.eval;

import java.util.Locale;

/** How the reports print a score: three decimals, or "n/a" for an average over nothing. */
final class Figures {
  private Figures() {}

  static String of(double score) {
    return Double.isNaN(score) ? "n/a" : String.format(Locale.ROOT, "%.3f", score);
  }

  static String padRight(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }

  static int widest(Iterable<String> texts, int atLeast) {
    int widest = atLeast;
    for (String text : texts) {
      widest = Math.max(widest, text.length());
    }
    return widest;
  }
}
