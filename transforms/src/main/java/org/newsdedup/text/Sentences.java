package org.newsdedup.text;

/** Small facts about sentences that several rules share. */
final class Sentences {
  private Sentences() {}

  /** Whether a line ends the way a sentence does, closing quotes and brackets aside. */
  static boolean endsSentence(String line) {
    int i = line.length() - 1;
    while (i >= 0 && isCloser(line.charAt(i))) {
      i--;
    }
    if (i < 0) {
      return false;
    }
    char c = line.charAt(i);
    return c == '.' || c == '!' || c == '?' || c == '…' || c == ':' || c == '。' || c == '！'
        || c == '？' || c == '؟' || c == '।';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '\'' || c == '”' || c == '’' || c == '»' || c == ')' || c == ']'
        || c == '」' || c == '』';
  }
}
