package org.newsdedup.text;

/**
 * Sizes of an article's text: words, sentences and the minutes a reader needs. A sentence ends
 * at ".", "!", "?" or their CJK and Arabic forms followed by a space, a closing quote or the end
 * of a paragraph, except after a single capital (an initial: "J. Smith") or a short title or
 * abbreviation ("Mr.", "Dr.", "Jan.", "U.S."). Reading time assumes 230 words a minute, or 500
 * characters a minute for unspaced scripts, rounded up.
 */
public final class TextStats {
  /** Word, sentence and reading-time figures for one text. */
  public record Stats(int words, int sentences, int readingMinutes) {}

  private static final java.util.Set<String> ABBREVIATIONS =
      java.util.Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "capt",
          "lt", "sgt", "rev", "gov", "sen", "rep", "no", "vs", "etc", "inc", "ltd", "co", "corp",
          "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "u.s", "u.k", "u.n", "e.g", "i.e", "okla", "calif", "ont", "fla", "tex", "mass");
  private static final int WORDS_PER_MINUTE = 230;
  private static final int UNSPACED_CHARS_PER_MINUTE = 500;

  private TextStats() {}

  public static Stats of(String text) {
    int words = Words.count(text);
    int sentences = 0;
    for (String paragraph : text.split("\n")) {
      sentences += sentences(paragraph.strip());
    }
    int minutes = Scripts.isUnspaced(text)
        ? ceilDiv(text.length(), UNSPACED_CHARS_PER_MINUTE)
        : ceilDiv(words, WORDS_PER_MINUTE);
    return new Stats(words, sentences, minutes);
  }

  static int sentences(String paragraph) {
    if (!hasLetterOrDigit(paragraph)) {
      return 0;
    }
    int count = 0;
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (isTerminal(c) && endsHere(paragraph, i)) {
        count++;
      }
    }
    return count + (endsWithTerminal(paragraph) ? 0 : 1);
  }

  /** Whether the paragraph has a word at all (what counting its words would tell, sooner). */
  private static boolean hasLetterOrDigit(String paragraph) {
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static boolean endsHere(String paragraph, int i) {
    int next = i + 1;
    while (next < paragraph.length() && isCloser(paragraph.charAt(next))) {
      next++;
    }
    if (next < paragraph.length() && !Character.isWhitespace(paragraph.charAt(next))
        && !isUnspacedTerminal(paragraph.charAt(i))) {
      return false;
    }
    if (next < paragraph.length() && isTerminal(paragraph.charAt(next))) {
      return false;
    }
    int following = next;
    while (following < paragraph.length() && Character.isWhitespace(paragraph.charAt(following))) {
      following++;
    }
    if (following < paragraph.length() && Character.isLowerCase(paragraph.charAt(following))) {
      return false;
    }
    return paragraph.charAt(i) != '.' || !isAbbreviation(paragraph, i);
  }

  private static boolean isAbbreviation(String paragraph, int dot) {
    int start = dot;
    while (start > 0 && (Character.isLetter(paragraph.charAt(start - 1)) || paragraph.charAt(start - 1) == '.')) {
      start--;
    }
    String word = paragraph.substring(start, dot);
    return (word.length() == 1 && Character.isUpperCase(word.charAt(0)))
        || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
  }

  private static boolean endsWithTerminal(String paragraph) {
    int i = paragraph.length() - 1;
    while (i >= 0 && isCloser(paragraph.charAt(i))) {
      i--;
    }
    return i >= 0 && isTerminal(paragraph.charAt(i)) && endsHere(paragraph, i);
  }

  private static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || isUnspacedTerminal(c) || c == '؟';
  }

  private static boolean isUnspacedTerminal(char c) {
    return c == '。' || c == '！' || c == '？';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']'
        || c == '」' || c == '』' || c == '“';
  }

  private static int ceilDiv(int amount, int per) {
    return amount == 0 ? 0 : (amount + per - 1) / per;
  }
}
