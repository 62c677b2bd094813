package org.newsdedup.text;

import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The lines of one document while the cleaner works on it: each line's normalised text and, once
 * a rule has claimed it, the reason it is not article text. Rules only ever mark lines that are
 * still kept, so the first rule to claim a line gives its reason.
 */
final class DocumentLines {
  private final List<String> lines;
  private final @Nullable String[] reasons;
  private final @Nullable String[] lowerCases;
  private final int[] wordCounts;
  private final int[] lineNumbers;
  private final List<PageStructure> structure;

  /** Lines of plain text: line {@code i} is input line {@code i + 1}, with no markup. */
  DocumentLines(List<String> lines) {
    this(lines, null, null);
  }

  /**
   * Blocks of a page, each with the input line it starts on and what the markup says about it.
   * Null arrays stand for plain text.
   */
  DocumentLines(
      List<String> lines, int @Nullable [] lineNumbers, @Nullable List<PageStructure> structure) {
    this.lines = List.copyOf(lines);
    this.reasons = new String[lines.size()];
    this.lowerCases = new String[lines.size()];
    this.wordCounts = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      wordCounts[i] = Words.count(lines.get(i));
    }
    this.lineNumbers = lineNumbers != null ? lineNumbers.clone() : sequence(lines.size());
    this.structure =
        structure != null
            ? List.copyOf(structure)
            : java.util.Collections.nCopies(lines.size(), PageStructure.NONE);
  }

  private static int[] sequence(int size) {
    int[] numbers = new int[size];
    for (int i = 0; i < size; i++) {
      numbers[i] = i + 1;
    }
    return numbers;
  }

  /** The 1-based input line the block starts on. */
  int lineNumber(int index) {
    return lineNumbers[index];
  }

  PageStructure structure(int index) {
    return structure.get(index);
  }

  int size() {
    return lines.size();
  }

  String line(int index) {
    return lines.get(index);
  }

  /**
   * The line lower-cased ({@code Locale.ROOT}): made on first use and shared by every rule that
   * compares words, where each used to make its own copy.
   */
  String lowerCase(int index) {
    String lower = lowerCases[index];
    if (lower == null) {
      lower = lines.get(index).toLowerCase(java.util.Locale.ROOT);
      lowerCases[index] = lower;
    }
    return lower;
  }

  int words(int index) {
    return wordCounts[index];
  }

  boolean isBlank(int index) {
    return lines.get(index).isEmpty();
  }

  /** A line that holds text and that no rule has claimed yet. */
  boolean isKept(int index) {
    return !isBlank(index) && reasons[index] == null;
  }

  @Nullable String reason(int index) {
    return reasons[index];
  }

  void remove(int index, String reason) {
    if (isKept(index)) {
      reasons[index] = reason;
    }
  }

  /** The nearest non-blank line before {@code index}, or -1. */
  int previousNonBlank(int index) {
    for (int i = index - 1; i >= 0; i--) {
      if (!isBlank(i)) {
        return i;
      }
    }
    return -1;
  }

  /** The nearest non-blank line after {@code index}, or -1. */
  int nextNonBlank(int index) {
    for (int i = index + 1; i < lines.size(); i++) {
      if (!isBlank(i)) {
        return i;
      }
    }
    return -1;
  }
}
