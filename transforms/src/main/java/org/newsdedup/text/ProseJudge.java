package org.newsdedup.text;

/**
 * Judges one line by its own text, before its neighbours are looked at: how long it is, how
 * many of its words are function words of the page's language, and whether it ends the way a
 * sentence does. Prose is long, about a third function words and ends in punctuation; menu
 * items, headline lists and labels are short, have few function words and end bare.
 */
final class ProseJudge {
  /** A line's class on its own, as jusText names them. */
  enum LineClass {
    /** Prose: kept unless the markup says it is furniture. */
    GOOD,
    /** Probably prose: kept when prose is next to it. */
    NEAR_GOOD,
    /** Too short to tell: its neighbours decide. */
    SHORT,
    /** Long but not prose: a menu or a tag list flattened into one line. */
    BAD
  }

  private static final int GOOD_WORDS = 15;
  private static final int LONG_WORDS = 30;
  private static final int NEAR_GOOD_WORDS = 8;
  private static final double GOOD_DENSITY = 0.25;
  private static final double NEAR_GOOD_DENSITY = 0.15;
  private static final double LIST_DENSITY = 0.08;
  private static final int MIN_SENTENCE_WORDS = 4;
  private static final double SENTENCE_DENSITY = 0.2;
  private static final double IDEOGRAPHIC_GOOD_DENSITY = 0.2;
  private static final double IDEOGRAPHIC_CHARS_PER_WORD = 2.0;

  private static final int SAMPLE_CHARS = 2_000;
  private static final int SAMPLE_TOKENS = 400;
  private static final int DENSITY_CHARS = 400;

  /** The stop-word list of the document's language, as {@link StopWords} names it; 0 for none. */
  private final int stopWords;

  private ProseJudge(int stopWords) {
    this.stopWords = stopWords;
  }

  /** A judge for one document, using the stop-word list its own words fit best. */
  static ProseJudge forDocument(DocumentLines doc) {
    StopWords.ListHits sample = new StopWords.ListHits();
    for (int i = 0; i < doc.size() && sample.tokens() < SAMPLE_TOKENS; i++) {
      if (doc.words(i) >= NEAR_GOOD_WORDS) {
        String line = doc.line(i);
        sample.add(line.substring(0, Math.min(line.length(), SAMPLE_CHARS)));
      }
    }
    return new ProseJudge(sample.best());
  }

  /**
   * Whether a short line reads as a sentence: it ends like one and a fair share of its words
   * are function words ("The survey will be repeated next year.").
   */
  boolean isSentence(String line, int wordCount) {
    return wordCount >= MIN_SENTENCE_WORDS && Sentences.endsSentence(line)
        && (stopWords == 0 || densityOf(line) >= SENTENCE_DENSITY);
  }

  /** Stop-word density of the line's opening, which speaks for a long line as well as all of it. */
  private double densityOf(String line) {
    String opening = line.length() <= DENSITY_CHARS ? line : line.substring(0, DENSITY_CHARS);
    return StopWords.density(opening, stopWords);
  }

  LineClass classify(String line, int wordCount) {
    double ideographic = StopWords.ideographicDensity(line);
    if (ideographic >= 0) {
      return classifyIdeographic(line, ideographic);
    }
    boolean sentence = Sentences.endsSentence(line);
    if (stopWords == 0) {
      return byShapeOnly(wordCount, sentence);
    }
    double density = densityOf(line);
    if (wordCount >= GOOD_WORDS && density >= GOOD_DENSITY
        && (sentence || wordCount >= LONG_WORDS)) {
      return LineClass.GOOD;
    }
    if (wordCount >= NEAR_GOOD_WORDS && density < LIST_DENSITY && !sentence) {
      return LineClass.BAD;
    }
    if (wordCount >= NEAR_GOOD_WORDS && density >= NEAR_GOOD_DENSITY
        && (sentence || wordCount >= GOOD_WORDS)) {
      return LineClass.NEAR_GOOD;
    }
    // A long line that ends like a sentence is prose-shaped even where the stop-word list misses
    // (a team line-up, a language whose function words cling to the next word).
    return wordCount >= GOOD_WORDS && sentence ? LineClass.NEAR_GOOD : LineClass.SHORT;
  }

  /** Text in a language with no stop-word list: only length and punctuation speak. */
  private static LineClass byShapeOnly(int wordCount, boolean sentence) {
    if (wordCount >= GOOD_WORDS && sentence) {
      return LineClass.GOOD;
    }
    return wordCount >= NEAR_GOOD_WORDS && sentence ? LineClass.NEAR_GOOD : LineClass.SHORT;
  }

  private static LineClass classifyIdeographic(String line, double density) {
    int words = equivalentWords(line);
    boolean sentence = Sentences.endsSentence(line);
    if (words >= GOOD_WORDS && density >= IDEOGRAPHIC_GOOD_DENSITY && sentence) {
      return LineClass.GOOD;
    }
    if (words >= NEAR_GOOD_WORDS && sentence) {
      return LineClass.NEAR_GOOD;
    }
    return LineClass.SHORT;
  }

  /** Words a line of unspaced text would have: its ideographic characters over two, and the rest. */
  static int equivalentWords(String line) {
    int ideographic = 0;
    for (int i = 0; i < line.length(); i++) {
      if (StopWords.isIdeographicScript(line.charAt(i))) {
        ideographic++;
      }
    }
    return (int) (ideographic / IDEOGRAPHIC_CHARS_PER_WORD) + Words.count(line);
  }
}
