package org.newsdedup.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word-level differences between two texts, for showing a copy beside its original: the
 * longest common subsequence of their words (compared without regard to case), with what only one
 * side has marked. Shared words are shown as the right side spells them. Line breaks count as
 * words, so paragraphs stay apart.
 *
 * <p>A common prefix and suffix are taken off first, so two copies that differ in a few places
 * cost little. When the differing middle would need more than {@link #MAX_CELLS} comparisons, it
 * is shown as replaced wholesale rather than aligned word by word.
 */
public final class WordDiff {
  static final long MAX_CELLS = 4_000_000;

  /** Which side a run of words belongs to. */
  public enum Kind {
    BOTH,
    ONLY_LEFT,
    ONLY_RIGHT
  }

  /** A run of consecutive words of one kind, joined by single spaces (or a line break). */
  public record Segment(Kind kind, String text) {}

  private WordDiff() {}

  public static List<Segment> between(String left, String right) {
    String[] a = words(left);
    String[] b = words(right);
    int prefix = 0;
    while (prefix < a.length && prefix < b.length && same(a[prefix], b[prefix])) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.length - prefix
        && suffix < b.length - prefix
        && same(a[a.length - 1 - suffix], b[b.length - 1 - suffix])) {
      suffix++;
    }
    Segments out = new Segments();
    for (int i = 0; i < prefix; i++) {
      out.add(Kind.BOTH, b[i]);
    }
    String[] middleA = Arrays.copyOfRange(a, prefix, a.length - suffix);
    String[] middleB = Arrays.copyOfRange(b, prefix, b.length - suffix);
    if ((long) middleA.length * middleB.length > MAX_CELLS) {
      for (String word : middleA) {
        out.add(Kind.ONLY_LEFT, word);
      }
      for (String word : middleB) {
        out.add(Kind.ONLY_RIGHT, word);
      }
    } else {
      align(middleA, middleB, out);
    }
    for (int i = b.length - suffix; i < b.length; i++) {
      out.add(Kind.BOTH, b[i]);
    }
    return out.finish();
  }

  private static void align(String[] a, String[] b, Segments out) {
    int[][] common = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        common[i][j] =
            same(a[i], b[j])
                ? common[i + 1][j + 1] + 1
                : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (same(a[i], b[j])) {
        out.add(Kind.BOTH, b[j]);
        i++;
        j++;
      } else if (common[i + 1][j] >= common[i][j + 1]) {
        out.add(Kind.ONLY_LEFT, a[i++]);
      } else {
        out.add(Kind.ONLY_RIGHT, b[j++]);
      }
    }
    while (i < a.length) {
      out.add(Kind.ONLY_LEFT, a[i++]);
    }
    while (j < b.length) {
      out.add(Kind.ONLY_RIGHT, b[j++]);
    }
  }

  private static String[] words(String text) {
    List<String> words = new ArrayList<>();
    String[] lines = text.strip().split("\\s*\\n\\s*");
    for (int line = 0; line < lines.length; line++) {
      if (line > 0) {
        words.add("\n");
      }
      for (String word : lines[line].split("\\s+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    return words.toArray(String[]::new);
  }

  private static boolean same(String x, String y) {
    return x.toLowerCase(Locale.ROOT).equals(y.toLowerCase(Locale.ROOT));
  }

  /** Collects words into runs, starting a new run when the kind changes. */
  private static final class Segments {
    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Kind kind;

    void add(Kind wordKind, String word) {
      if (wordKind != kind) {
        flush();
        kind = wordKind;
      }
      boolean joinsWithSpace =
          text.length() > 0 && !word.equals("\n") && text.charAt(text.length() - 1) != '\n';
      if (joinsWithSpace) {
        text.append(' ');
      }
      text.append(word);
    }

    List<Segment> finish() {
      flush();
      return List.copyOf(segments);
    }

    private void flush() {
      if (text.length() > 0) {
        segments.add(new Segment(kind, text.toString()));
      }
      text.setLength(0);
    }
  }
}
