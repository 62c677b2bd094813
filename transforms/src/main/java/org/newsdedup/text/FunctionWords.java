package org.newsdedup.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A fast first guess at the language of text in one of the languages news in newsdedup's inputs
 * is mostly written in: the most frequent function words of English, French, German, Spanish,
 * Italian, Portuguese and Dutch are counted in the first words, and a language wins only when
 * it has many of them and far more than any other. Anything less clear is left to the
 * statistical model.
 */
final class FunctionWords {
  private static final int WORDS_READ = 80;
  private static final int MIN_HITS = 8;
  private static final int MIN_LEAD_FACTOR = 3;
  private static final Map<String, List<String>> LANGUAGES_BY_WORD = byWord();
  private static final List<String> CODES = List.of("en", "fr", "de", "es", "it", "pt", "nl");
  /** Each word of one language only, read straight from the text (see {@link WordCursor}). */
  private static final WordTable LANGUAGE_OF_WORD = languageOfWord();

  /** A language code with the share of function-word hits it took. */
  record Guess(String code, double share) {}

  private FunctionWords() {}

  private static Map<String, List<String>> byWord() {
    Map<String, String> words =
        Map.of(
            "en", "the of and to in is that for on was with said it as by at from has have be are were",
            "fr", "le la les des du de et est une un en pour que qui dans sur au aux par pas sont été",
            "de", "der die das und ist nicht den dem des ein eine zu mit sich auf für von im auch wird",
            "es", "el la los las del de y que en un una por con para es se al como más fue",
            "it", "il la di che e è un una per con del della sono non gli le al nel dei alla",
            "pt", "o a os as de do da dos das e que em um uma para com não no na por é",
            "nl", "de het een en van is dat op te in met zijn voor niet aan er ook als bij");
    Map<String, List<String>> byWord = new HashMap<>();
    words.forEach((code, list) -> {
      for (String word : list.split(" ")) {
        byWord.merge(word, List.of(code), (a, b) -> {
          List<String> merged = new java.util.ArrayList<>(a);
          merged.addAll(b);
          return List.copyOf(merged);
        });
      }
    });
    return Map.copyOf(byWord);
  }

  /** For each word of one language only, that language's place in {@link #CODES} plus one. */
  private static WordTable languageOfWord() {
    Map<String, Integer> languages = new HashMap<>();
    LANGUAGES_BY_WORD.forEach((word, codes) -> {
      if (codes.size() == 1) {
        languages.put(word, CODES.indexOf(codes.get(0)) + 1);
      }
    });
    return new WordTable(languages);
  }

  /** The clear winner among the seven languages, or null when the text does not say clearly. */
  static @Nullable Guess guess(String text) {
    int[] hits = new int[CODES.size()];
    int read = 0;
    int total = 0;
    WordCursor words = new WordCursor(text.length() > 800 ? text.substring(0, 800) : text);
    while (read++ < WORDS_READ && words.next()) {
      // A word that lower-cases differently as a whole holds "i̇" or a sigma: no function word.
      int language =
          words.isLowerCasedAsWhole() ? LANGUAGE_OF_WORD.get(words.chars(), words.length()) : 0;
      if (language > 0) {
        hits[language - 1]++;
        total++;
      }
    }
    String best = null;
    int bestHits = 0;
    int secondHits = 0;
    for (int i = 0; i < hits.length; i++) {
      if (hits[i] > bestHits) {
        secondHits = bestHits;
        bestHits = hits[i];
        best = CODES.get(i);
      } else if (hits[i] > secondHits) {
        secondHits = hits[i];
      }
    }
    boolean clear = bestHits >= MIN_HITS && bestHits >= MIN_LEAD_FACTOR * Math.max(1, secondHits);
    return clear ? new Guess(best, Math.round(1000.0 * bestHits / total) / 1000.0) : null;
  }
}
