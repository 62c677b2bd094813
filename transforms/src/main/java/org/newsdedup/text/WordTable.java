package org.newsdedup.text;

import java.util.Map;

/**
 * A fixed map from words to non-zero ints that is read with a word held in a char buffer (see
 * {@link WordCursor}), so that a lookup needs no String. Open addressing with linear probing, in
 * a table kept at most a quarter full so that a miss, the usual case, ends after a probe or two.
 */
final class WordTable {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  WordTable(Map<String, Integer> entries) {
    int size = Integer.highestOneBit(Math.max(4, entries.size() * 4) - 1) << 1;
    keys = new String[size];
    values = new int[size];
    mask = size - 1;
    for (Map.Entry<String, Integer> entry : entries.entrySet()) {
      if (entry.getValue() == 0) {
        throw new IllegalArgumentException("0 stands for absent: " + entry.getKey());
      }
      String key = entry.getKey();
      int slot = slot(key.hashCode());
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      values[slot] = entry.getValue();
    }
  }

  /** The value of the word {@code chars[0, length)}, or 0 when the table does not hold it. */
  int get(char[] chars, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[i];
    }
    for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & mask) {
      if (equals(keys[slot], chars, length)) {
        return values[slot];
      }
    }
    return 0;
  }

  /** String.hashCode's value, with its high bits folded in, as HashMap does. */
  private int slot(int hash) {
    return (hash ^ (hash >>> 16)) & mask;
  }

  private static boolean equals(String key, char[] chars, int length) {
    if (key.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (key.charAt(i) != chars[i]) {
        return false;
      }
    }
    return true;
  }
}
