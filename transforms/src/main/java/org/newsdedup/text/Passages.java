package org.newsdedup.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts an article into the pieces the sentence-embedding model's passages are made of. The model
 * sees at most 128 tokens (about 95 words of news English, fewer when long names split into many
 * word pieces), so a whole article would be judged by its first paragraph; instead:
 *
 * <ul>
 *   <li>paragraphs (lines of the cleaned text) under {@link #MIN_WORDS} words, such as
 *       subheadings, are skipped: they carry no facts;
 *   <li>a paragraph over {@link #MAX_WORDS} words is cut at sentence ends into pieces of at most
 *       that many words (a run-on sentence every {@link #MAX_WORDS} words);
 *  *   <li>only the lead is read, up to {@link #DEFAULT_MAX_WORDS} words (whole paragraphs: the
 *       one that crosses the limit is kept): a story's who, what, where and when are at its top,
 *       and the cost per article stays flat however long the article is. 0 reads everything.
 * </ul>
 *
 * Consecutive pieces are then joined into passages that fill the model's 128 tokens ({@link
 * TokenPassages}): wire copy often puts every sentence in a paragraph of its own, and each run of
 * the model costs about as much as 20 words more, so joining them cuts the cost and gives each
 * sentence its context. A text with no paragraph long enough is one piece as it is, so every text
 * with words yields at least one piece.
 */
public final class Passages {
  /** Paragraphs with fewer words are skipped. */
  public static final int MIN_WORDS = 5;
  /** Longer paragraphs are cut: 80 words stay under 128 tokens even with long names. */
  public static final int MAX_WORDS = 80;
  /** How many words of an article are read by default. */
  public static final int DEFAULT_MAX_WORDS = 300;

  private Passages() {}

  /** The pieces of the lead of a text (its first {@link #DEFAULT_MAX_WORDS} words). */
  public static List<String> of(String text) {
    return of(text, DEFAULT_MAX_WORDS);
  }

  /**
   * The pieces of a text, in order, reading whole paragraphs until {@code maxWords} words are
   * read (0: all of it); empty only for a text with no words.
   */
  public static List<String> of(String text, int maxWords) {
    if (maxWords < 0) {
      throw new IllegalArgumentException("maxWords must be at least 0, got " + maxWords);
    }
    List<String> pieces = new ArrayList<>();
    int read = 0;
    for (String line : text.split("\n")) {
      if (maxWords > 0 && read >= maxWords) {
        break;
      }
      String paragraph = line.strip();
      int words = Words.count(paragraph);
      if (words < MIN_WORDS) {
        continue;
      }
      read += words;
      if (words <= MAX_WORDS) {
        pieces.add(paragraph);
      } else {
        cut(paragraph, pieces);
      }
    }
    if (pieces.isEmpty()) {
      return Words.count(text) > 0 ? List.of(text.strip().replace('\n', ' ')) : List.of();
    }
    return pieces;
  }

  /** Packs whole sentences into pieces of at most {@link #MAX_WORDS} words. */
  private static void cut(String paragraph, List<String> pieces) {
    StringBuilder current = new StringBuilder();
    int currentWords = 0;
    for (String sentence : sentences(paragraph)) {
      int words = Words.count(sentence);
      if (currentWords > 0 && currentWords + words > MAX_WORDS) {
        pieces.add(current.toString().strip());
        current.setLength(0);
        currentWords = 0;
      }
      if (words > MAX_WORDS) {
        splitByWords(sentence, pieces);
        continue;
      }
      current.append(sentence);
      currentWords += words;
    }
    if (currentWords > 0) {
      pieces.add(current.toString().strip());
    }
  }

  private static List<String> sentences(String paragraph) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ROOT);
    iterator.setText(paragraph);
    List<String> sentences = new ArrayList<>();
    for (int start = iterator.first(), end = iterator.next();
        end != BreakIterator.DONE;
        start = end, end = iterator.next()) {
      sentences.add(paragraph.substring(start, end));
    }
    return sentences;
  }

  /** A run-on "sentence" (a list, a table row) is cut every {@link #MAX_WORDS} words. */
  private static void splitByWords(String sentence, List<String> pieces) {
    String[] tokens = sentence.strip().split("\\s+");
    for (int from = 0; from < tokens.length; ) {
      StringBuilder piece = new StringBuilder();
      int words = 0;
      int to = from;
      while (to < tokens.length && (words == 0 || words + Words.count(tokens[to]) <= MAX_WORDS)) {
        words += Words.count(tokens[to]);
        piece.append(piece.length() == 0 ? "" : " ").append(tokens[to]);
        to++;
      }
      if (words > 0) {
        pieces.add(piece.toString());
      }
      from = to;
    }
  }
}
