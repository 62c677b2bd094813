package org.newsdedup.text;

/**
 * Spreads keys over a bounded number of shards. A runner pays a fixed cost for every distinct key
 * it groups by (the Direct Runner a bundle per key, through every step up to the next grouping;
 * Flink a group to open and close); LSH band keys (42 an article), anchor shingles (one in 16) and
 * article ids are far too many keys for that. Grouping by shard instead, and doing the per-key
 * work in memory inside each shard, pays that cost a bounded number of times per step.
 */
public final class Shards {
  /**
   * 256: many more than the workers of a local run or a small cluster, so every worker stays busy
   * and one large shard is a small share of the work; few enough that the Direct Runner's cost
   * per bundle is paid a few hundred times per step rather than once per key. A join by shard
   * holds about 1/256 of the articles' fingerprints in memory: some 16 MB at a million articles.
   */
  public static final int DEFAULT_COUNT = 256;

  private Shards() {}

  /**
   * The shard of a 64-bit key. The key is mixed first: band keys and anchor keys are hashes
   * already, but anchor keys are chosen by their value modulo 16 and would fill only a sixteenth
   * of the shards unmixed.
   */
  public static int of(long key, int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be positive, got " + shards);
    }
    return (int) Math.floorMod(Hashing64.mix(key ^ 0x7368617264L), (long) shards);
  }

  /** The shard of an id or any other text key. */
  public static int of(String key, int shards) {
    return of(Hashing64.token(key), shards);
  }
}
