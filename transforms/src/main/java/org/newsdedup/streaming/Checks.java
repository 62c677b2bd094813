package org.newsdedup.streaming;

/** Argument checks shared by the streaming transforms' builders. */
final class Checks {
  private Checks() {}

  static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
  }
}
