package org.newsdedup.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * How one metadata field scored over a corpus, and the comparisons that decide it. A
 * single-valued field scores exact-match accuracy over the documents (null against null counts
 * as correct); a list field scores micro-averaged precision, recall and F1 over all its items in
 * all documents, items compared trimmed, with runs of spaces collapsed and case ignored.
 */
public final class FieldScore {
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private final String field;
  private final @Nullable MatchCounts listCounts;
  private final int correct;
  private final int documents;

  private FieldScore(String field, @Nullable MatchCounts listCounts, int correct, int documents) {
    this.field = field;
    this.listCounts = listCounts;
    this.correct = correct;
    this.documents = documents;
  }

  /** A single-valued field right in {@code correct} of {@code documents} documents. */
  public static FieldScore accuracy(String field, int correct, int documents) {
    if (correct < 0 || correct > documents) {
      throw new IllegalArgumentException("correct must be between 0 and documents");
    }
    return new FieldScore(field, null, correct, documents);
  }

  /** A list field with its item counts summed over the documents. */
  public static FieldScore listMatch(String field, MatchCounts summed, int documents) {
    return new FieldScore(field, summed, 0, documents);
  }

  /** Text fields (title, publisher, section): equal once spaces are normalised; case counts. */
  public static boolean sameText(@Nullable String extracted, @Nullable String gold) {
    return Objects.equals(
        extracted == null ? null : normalizeSpaces(extracted),
        gold == null ? null : normalizeSpaces(gold));
  }

  /** Codes (publishedDate, language): equal as strings. */
  public static boolean sameValue(@Nullable String extracted, @Nullable String gold) {
    return Objects.equals(extracted, gold);
  }

  /** Items of a list field matched as multisets of normalised strings. */
  public static MatchCounts matchList(List<String> extracted, List<String> gold) {
    Map<String, Integer> goldLeft = new HashMap<>();
    for (String item : gold) {
      goldLeft.merge(normalizeItem(item), 1, Integer::sum);
    }
    long matched = 0;
    for (String item : extracted) {
      String key = normalizeItem(item);
      int left = goldLeft.getOrDefault(key, 0);
      if (left > 0) {
        matched++;
        goldLeft.put(key, left - 1);
      }
    }
    return new MatchCounts(matched, extracted.size() - matched, gold.size() - matched);
  }

  static String normalizeSpaces(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  static String normalizeItem(String item) {
    return normalizeSpaces(item).toLowerCase(Locale.ROOT);
  }

  public String field() {
    return field;
  }

  public int documents() {
    return documents;
  }

  public boolean isListField() {
    return listCounts != null;
  }

  public int correct() {
    requireSingleValued();
    return correct;
  }

  /** Share of documents with the right value; NaN for an empty corpus. */
  public double accuracy() {
    requireSingleValued();
    return documents == 0 ? Double.NaN : (double) correct / documents;
  }

  public MatchCounts counts() {
    return Objects.requireNonNull(listCounts, () -> field + " is single-valued: it has an accuracy");
  }

  public double precision() {
    return counts().precision();
  }

  public double recall() {
    return counts().recall();
  }

  public double f1() {
    return counts().f1();
  }

  private void requireSingleValued() {
    if (listCounts != null) {
      throw new IllegalStateException(field + " is a list field: it has precision and recall");
    }
  }
}
