package org.newsdedup.text;

/**
 * Counts per shingle hash in two primitive arrays (open addressing, linear probing): a few
 * million shingles cost 12 bytes a slot, with no object per entry, so a worker can sum the
 * shingles of many texts before anything leaves it. Every hash is a valid key, 0 included; a
 * slot is free while its count is 0, since only positive counts are ever added.
 */
public final class ShingleTally {
  /** Receives one entry of {@link #forEach}. */
  @FunctionalInterface
  public interface Entry {
    void accept(long hash, int count);
  }

  private long[] hashes;
  private int[] counts;
  private int size;

  public ShingleTally() {
    clear();
  }

  /** Adds {@code count} (positive) to the shingle's count; counts stop at Integer.MAX_VALUE. */
  public void add(long hash, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be positive, got " + count);
    }
    if (2 * (size + 1) > hashes.length) {
      grow();
    }
    int slot = slotOf(hashes, counts, hash);
    if (counts[slot] == 0) {
      hashes[slot] = hash;
      size++;
    }
    counts[slot] = (int) Math.min(Integer.MAX_VALUE, (long) counts[slot] + count);
  }

  /** The count of a shingle, 0 when it was never added. */
  public int count(long hash) {
    return counts[slotOf(hashes, counts, hash)];
  }

  /** The number of distinct shingles. */
  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  /** Every shingle with its count, in no particular order. */
  public void forEach(Entry entry) {
    for (int slot = 0; slot < counts.length; slot++) {
      if (counts[slot] > 0) {
        entry.accept(hashes[slot], counts[slot]);
      }
    }
  }

  /** Forgets every shingle and gives back the memory a large tally took. */
  public void clear() {
    hashes = new long[16];
    counts = new int[16];
    size = 0;
  }

  /** The slot that holds {@code hash}, or the free slot where it would go. */
  private static int slotOf(long[] hashes, int[] counts, long hash) {
    int mask = hashes.length - 1;
    int slot = (int) Hashing64.mix(hash) & mask;
    while (counts[slot] != 0 && hashes[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldHashes = hashes;
    int[] oldCounts = counts;
    hashes = new long[oldHashes.length * 2];
    counts = new int[oldHashes.length * 2];
    for (int slot = 0; slot < oldCounts.length; slot++) {
      if (oldCounts[slot] > 0) {
        int into = slotOf(hashes, counts, oldHashes[slot]);
        hashes[into] = oldHashes[slot];
        counts[into] = oldCounts[slot];
      }
    }
  }
}
