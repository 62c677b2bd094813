package org.newsdedup.text;

import java.util.Locale;

/**
 * How the cleaner settles lines it cannot be sure of: a short line between prose and furniture,
 * a middling line, a block outside a page's marked-up article. {@link #BALANCED} weighs both
 * kinds of error alike; {@link #PRECISION} drops what is doubtful (for indexes that must not
 * hold a menu item); {@link #RECALL} keeps anything doubtful (for archives that must not lose a
 * sentence). Lines that a furniture pattern names are dropped in every mode.
 */
public enum CleaningMode {
  BALANCED,
  PRECISION,
  RECALL;

  /** The mode named by {@code value}, in any case: balanced, precision or recall. */
  public static CleaningMode parse(String value) {
    try {
      return valueOf(value.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "cleaning mode must be balanced, precision or recall, got '" + value + "'", e);
    }
  }

  /** The mode's name as options spell it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
