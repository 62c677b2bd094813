package org.newsdedup.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The identity of an article's words: SHA-256 over its lower-cased word tokens joined by single
 * spaces, so copies that differ only in case, punctuation or spacing get the same hash. The first
 * 128 bits in hex are kept, which is ample against accidental collisions.
 */
public final class ContentHash {
  private static final int KEPT_BYTES = 16;

  private ContentHash() {}

  public static String of(String text) {
    String normalized = String.join(" ", Words.tokens(text));
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, KEPT_BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
