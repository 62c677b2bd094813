package org.newsdedup.text;

import java.util.regex.Pattern;

/** Splitting on whitespace with one compiled pattern: String.split compiles its regex each call. */
final class Spaces {
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Spaces() {}

  /** The words of a text between runs of whitespace, leading and trailing space ignored. */
  static String[] words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? new String[] {""} : WHITESPACE.split(stripped);
  }
}
