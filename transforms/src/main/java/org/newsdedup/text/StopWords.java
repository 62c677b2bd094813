package org.newsdedup.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The commonest function words of the languages newsdedup cleans, for telling prose from page
 * furniture: a sentence is about a third function words, a menu item or a headline list almost
 * none (jusText's stop-word density). Japanese and Chinese have no spaces, so there the share of
 * grammatical characters (Japanese kana particles and endings, Chinese function characters)
 * stands in for it.
 */
final class StopWords {
  /** Lists by language, chosen per document by which list its words hit most. */
  private static final Map<String, Set<String>> LISTS =
      Map.of(
          "en", words(
              "the a an of to in and or but is are was were be been has have had it "
              + "its that this these with for on at by from as he she they we his her "
              + "their our not would will could can said says who which there than "
              + "after about into also more one when if so do did what all up out over "
              + "i you them him no some most just while where how"),
          "fr", words(
              "le la les un une des du de d l et ou est sont a ont été être que qui "
              + "qu dans pour par sur avec au aux ce cette ces il elle ils elles se s "
              + "ne pas plus son sa ses leur leurs nous vous on mais comme a-t-il "
              + "selon après avait était y"),
          "de", words(
              "der die das den dem des ein eine einen einem einer und oder ist sind "
              + "war waren hat haben wird werden wurde nicht mit von zu zum zur im in "
              + "auf für an am bei aus nach sich es er sie wir dass auch als wie noch "
              + "aber so nur man vor über seit"),
          "es", words(
              "el la los las un una unos de del y o que en a al es son fue ha han "
              + "por para con se su sus lo le les no más como pero este esta entre "
              + "sobre tras desde ya muy sin hasta era está"),
          "it", words(
              "il lo la i gli le un uno una di del della dei delle e o che in nel "
              + "nella a al alla da dal per con su sul è sono ha hanno non si come ma "
              + "anche più questo questa suo sua era stato"),
          "pt", words(
              "o a os as um uma de do da dos das e ou que em no na nos nas por para "
              + "com se é são foi ao à não mais como mas seu sua ele ela eles pelo "
              + "pela entre sobre também já está segundo"),
          "nl", words(
              "de het een en of van in op te voor met aan bij uit door over naar is "
              + "zijn was waren heeft hebben wordt worden werd dat die dit deze er "
              + "niet ook als maar om hij zij ze we wij je nog al"),
          "ar", words(
              "في من على إلى عن أن إن مع هذا هذه التي الذي الذين كان كانت قد لا لم "
              + "لن ما و أو ثم بعد قبل حيث كما وقال قال هو هي بين عند أي كل وفي ومن "
              + "وأن فيه إلا ذلك تلك منذ خلال"));

  private static final String JAPANESE_GRAMMAR = "のはがをにでともへやたてしいるなかられだすまうっよねず";
  private static final String CHINESE_GRAMMAR = "的了在是和有这我他也就都而及与对为其中被将把着过们之于但个不";

  private StopWords() {}

  private static final List<Set<String>> ORDERED = List.copyOf(LISTS.values());
  /** For each stop word, a bit per list that holds it: one lookup per token for all lists. */
  private static final WordTable LIST_BITS = new WordTable(listBits());

  private static Map<String, Integer> listBits() {
    Map<String, Integer> bits = new java.util.HashMap<>();
    for (int i = 0; i < ORDERED.size(); i++) {
      for (String word : ORDERED.get(i)) {
        bits.merge(word, 1 << i, (a, b) -> a | b);
      }
    }
    return Map.copyOf(bits);
  }

  /**
   * Counts, over the texts added to it, how many tokens each list holds, to choose the list a
   * document is written in. A list is named by its bit in {@link #listsHolding}; 0 is no list.
   */
  static final class ListHits {
    private final int[] hits = new int[ORDERED.size()];
    private int tokens;

    /** Counts the tokens of {@code text}. */
    void add(String text) {
      WordCursor cursor = new WordCursor(text);
      while (cursor.next()) {
        tokens++;
        int lists = listsHolding(cursor);
        for (int i = 0; lists != 0 && i < hits.length; i++) {
          hits[i] += (lists >> i) & 1;
        }
      }
    }

    /** Tokens counted so far. */
    int tokens() {
      return tokens;
    }

    /** The list the most tokens were on (the first of equals); 0 when no token was on any. */
    int best() {
      int best = 0;
      int bestHits = 0;
      for (int i = 0; i < hits.length; i++) {
        if (hits[i] > bestHits) {
          best = 1 << i;
          bestHits = hits[i];
        }
      }
      return best;
    }
  }

  /** The lists that hold the cursor's token, a bit per list; 0 when none does. */
  private static int listsHolding(WordCursor token) {
    // A token that lower-cases differently as a whole holds "i̇" or a Greek sigma, which no
    // list's words do.
    return token.isLowerCasedAsWhole() ? LIST_BITS.get(token.chars(), token.length()) : 0;
  }

  /** Share of the tokens of {@code text} on the list {@code list} (a bit); 0 for no tokens. */
  static double density(String text, int list) {
    WordCursor cursor = new WordCursor(text);
    int tokens = 0;
    int hits = 0;
    while (cursor.next()) {
      tokens++;
      hits += (listsHolding(cursor) & list) != 0 ? 1 : 0;
    }
    return tokens == 0 ? 0 : (double) hits / tokens;
  }

  /**
   * For text written without spaces: the share of its Han and kana characters that are
   * grammatical (particles, verb endings, function characters), or -1 when it has too few such
   * characters to judge by.
   */
  static double ideographicDensity(String line) {
    int script = 0;
    int grammar = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isIdeographicScript(c)) {
        script++;
        if (JAPANESE_GRAMMAR.indexOf(c) >= 0 || CHINESE_GRAMMAR.indexOf(c) >= 0) {
          grammar++;
        }
      }
    }
    return script < 4 ? -1 : (double) grammar / script;
  }

  /** Han ideographs and Japanese kana, which are written without spaces between words. */
  static boolean isIdeographicScript(char c) {
    return (c >= '\u3040' && c <= '\u30FF') || (c >= '\u4E00' && c <= '\u9FFF')
        || (c >= '\u3400' && c <= '\u4DBF');
  }

  private static Set<String> words(String spaceSeparated) {
    return Set.copyOf(java.util.Arrays.asList(spaceSeparated.split(" ")));
  }
}
