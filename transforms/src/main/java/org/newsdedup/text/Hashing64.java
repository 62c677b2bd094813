package org.newsdedup.text;

/**
 * 64-bit hashing for shingles and MinHash: FNV-1a over a token's characters, and the SplitMix64
 * finaliser to spread bits. Fixed constants, so every run and every machine gives the same values.
 */
public final class Hashing64 {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hashing64() {}

  public static long token(String token) {
    long h = FNV_OFFSET;
    for (int i = 0; i < token.length(); i++) {
      h ^= token.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h);
  }

  /** SplitMix64's finaliser: a bijection on 64-bit values with full avalanche. */
  public static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  static long combine(long seed, long value) {
    return mix(seed * 31 + value + 0x9e3779b97f4a7c15L);
  }
}
