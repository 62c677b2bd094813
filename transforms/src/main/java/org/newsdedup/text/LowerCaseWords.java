package org.newsdedup.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an article writes a word in lower case somewhere ("The" opening a sentence is the
 * common word when the text also writes "the"). A word is a run of letters; it counts when its
 * first letter is lower-case. The paragraphs are searched when asked, and each answer kept: an
 * article asks about a few sentence openings, where collecting all of its words cost more.
 */
final class LowerCaseWords {
  private final List<String> paragraphs;
  private final Map<String, Boolean> answers = new HashMap<>();

  LowerCaseWords(List<String> paragraphs) {
    this.paragraphs = paragraphs;
  }

  boolean contains(String word) {
    return answers.computeIfAbsent(word, this::occurs);
  }

  private boolean occurs(String word) {
    if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (!Character.isLetter(word.charAt(i))) {
        return false;
      }
    }
    for (String paragraph : paragraphs) {
      for (int at = paragraph.indexOf(word); at >= 0; at = paragraph.indexOf(word, at + 1)) {
        int end = at + word.length();
        if ((at == 0 || !Character.isLetter(paragraph.charAt(at - 1)))
            && (end == paragraph.length() || !Character.isLetter(paragraph.charAt(end)))) {
          return true;
        }
      }
    }
    return false;
  }
}
