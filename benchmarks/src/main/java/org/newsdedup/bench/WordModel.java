package org.newsdedup.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A word bigram model of real news prose, for generating article text with the vocabulary,
 * function-word share and sentence shape of news. Each next word follows the current one as in
 * the training text, except that one word in {@link #JUMP_SHARE} is drawn from all words
 * instead: without the jumps, a walk through a small training set would copy long runs of it,
 * and unrelated generated articles would share far more 5-word shingles than real news does.
 */
final class WordModel {
  private static final double JUMP_SHARE = 0.3;
  private static final int MIN_SENTENCE_WORDS = 8;
  private static final int MAX_SENTENCE_WORDS = 32;

  private final String[] words;
  private final String[] sentenceStarts;
  private final Map<String, String[]> successors;

  private WordModel(String[] words, String[] sentenceStarts, Map<String, String[]> successors) {
    this.words = words;
    this.sentenceStarts = sentenceStarts;
    this.successors = successors;
  }

  /** Trains on paragraphs of prose: words are split at spaces and keep their punctuation. */
  static WordModel train(List<String> paragraphs) {
    List<String> all = new ArrayList<>();
    List<String> starts = new ArrayList<>();
    Map<String, List<String>> next = new HashMap<>();
    for (String paragraph : paragraphs) {
      String[] tokens = paragraph.strip().split("\\s+");
      for (int i = 0; i < tokens.length; i++) {
        if (tokens[i].isEmpty()) {
          continue;
        }
        all.add(tokens[i]);
        if (i == 0 || endsSentence(tokens[i - 1])) {
          if (Character.isUpperCase(tokens[i].charAt(0))) {
            starts.add(tokens[i]);
          }
        }
        if (i + 1 < tokens.length) {
          next.computeIfAbsent(tokens[i], w -> new ArrayList<>()).add(tokens[i + 1]);
        }
      }
    }
    if (all.isEmpty() || starts.isEmpty()) {
      throw new IllegalArgumentException("no prose to train on");
    }
    Map<String, String[]> successors = new HashMap<>();
    next.forEach((word, list) -> successors.put(word, list.toArray(String[]::new)));
    return new WordModel(all.toArray(String[]::new), starts.toArray(String[]::new), successors);
  }

  /** One sentence: a capitalised start, walked on until a word ends a sentence. */
  String sentence(SplittableRandom random) {
    StringBuilder out = new StringBuilder();
    String word = pick(sentenceStarts, random);
    int count = 0;
    while (true) {
      if (count > 0) {
        out.append(' ');
      }
      count++;
      boolean last = count >= MAX_SENTENCE_WORDS || (count >= MIN_SENTENCE_WORDS && endsSentence(word));
      if (last) {
        out.append(endsSentence(word) ? word : stripTrailingPunctuation(word) + ".");
        return out.toString();
      }
      out.append(count < MIN_SENTENCE_WORDS && endsSentence(word) ? stripTrailingPunctuation(word) : word);
      word = nextWord(word, random);
    }
  }

  /** A headline: a short run of words with no closing full stop. */
  String headline(SplittableRandom random) {
    String[] parts = sentence(random).split(" ");
    int length = Math.min(parts.length, 6 + random.nextInt(5));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < length; i++) {
      out.append(i == 0 ? "" : " ").append(stripTrailingPunctuation(parts[i]));
    }
    return out.toString();
  }

  /** A word drawn from the whole vocabulary, as often as it occurs. */
  String anyWord(SplittableRandom random) {
    return pick(words, random);
  }

  private String nextWord(String word, SplittableRandom random) {
    String[] options = successors.get(word);
    if (options == null || random.nextDouble() < JUMP_SHARE) {
      return pick(words, random);
    }
    return pick(options, random);
  }

  private static String pick(String[] from, SplittableRandom random) {
    return from[random.nextInt(from.length)];
  }

  static boolean endsSentence(String word) {
    return word.endsWith(".") || word.endsWith("?") || word.endsWith("!")
        || word.endsWith(".\"") || word.endsWith(".”");
  }

  private static String stripTrailingPunctuation(String word) {
    int end = word.length();
    while (end > 1 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
      end--;
    }
    return word.substring(0, end);
  }
}
