package org.newsdedup.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Identifies an article's language: text that is clearly in one of seven common languages by its
 * function words ({@link FunctionWords}; the confidence is then the share of those words that
 * language took) costs a word count; anything else goes to Apache OpenNLP's 103-language model,
 * shipped on the classpath as a Maven artifact. The model (10 MB) loads once per JVM; the detector reads only
 * the first {@link #SAMPLE_CHARS} characters, which is plenty for a confident answer and keeps
 * the cost per article flat.
 */
public final class LanguageIdentifier {
  private static final String MODEL_RESOURCE = "/langdetect-183.bin";
  private static final int SAMPLE_CHARS = 600;
  private static final int MIN_CHARS = 20;
  private static final Map<String, String> ISO_639_1_BY_639_3 = twoLetterCodes();

  /** A language code with the model's confidence in it. */
  public record Guess(@Nullable String code, double confidence) {}

  private LanguageIdentifier() {}

  public static Guess identify(String text) {
    if (text.length() < MIN_CHARS) {
      return new Guess(null, 0.0);
    }
    FunctionWords.Guess quick = FunctionWords.guess(text);
    if (quick != null) {
      return new Guess(quick.code(), quick.share());
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    Language best = ModelHolder.DETECTOR.get().predictLanguage(sample);
    String code = ISO_639_1_BY_639_3.getOrDefault(best.getLang(), best.getLang());
    return new Guess(code, Math.round(best.getConfidence() * 1000) / 1000.0);
  }

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String twoLetter : Locale.getISOLanguages()) {
      codes.put(Locale.forLanguageTag(twoLetter).getISO3Language(), twoLetter);
    }
    // The model uses a few ISO 639-3 codes for macro-languages that Java's table spells otherwise.
    codes.put("cmn", "zh");
    codes.put("pes", "fa");
    codes.put("zlm", "ms");
    codes.put("ekk", "et");
    codes.put("lvs", "lv");
    codes.put("azj", "az");
    codes.put("uzn", "uz");
    codes.put("swh", "sw");
    codes.put("khk", "mn");
    codes.put("npi", "ne");
    codes.put("plt", "mg");
    codes.put("ory", "or");
    codes.put("gug", "gn");
    codes.put("arb", "ar");
    return codes;
  }

  /**
   * Loads the model once per JVM on first use. The model is immutable and shared; detectors are
   * cheap and OpenNLP does not promise they are thread-safe, so each thread gets its own.
   */
  private static final class ModelHolder {
    static final LanguageDetectorModel MODEL = load();
    static final ThreadLocal<LanguageDetectorME> DETECTOR =
        ThreadLocal.withInitial(() -> new LanguageDetectorME(MODEL));

    private static LanguageDetectorModel load() {
      try (InputStream in = LanguageIdentifier.class.getResourceAsStream(MODEL_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("language model " + MODEL_RESOURCE + " not on classpath");
        }
        return new LanguageDetectorModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read language model", e);
      }
    }
  }
}
