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
  private final int[] wordCounts;

  DocumentLines(List<String> lines) {
    this.lines = List.copyOf(lines);
    this.reasons = new String[lines.size()];
    this.wordCounts = new int[lines.size()];
    for (int i = 0; i < lines.size(); i++) {
      wordCounts[i] = Words.count(lines.get(i));
    }
  }

  int size() {
    return lines.size();
  }

  String line(int index) {
    return lines.get(index);
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
