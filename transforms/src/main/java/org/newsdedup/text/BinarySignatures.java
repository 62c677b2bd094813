package org.newsdedup.text;

import java.util.List;
import java.util.Optional;

/**
 * The opening bytes of binary formats a scrape folder collects by mistake: images, PDFs,
 * archives, programs. A file that opens with one of them is binary whatever its bytes would
 * decode to (a PDF is mostly ASCII; its text must not become an article).
 */
final class BinarySignatures {
  private record Signature(String name, int offset, int[] bytes) {}

  private static final List<Signature> SIGNATURES =
      List.of(
          new Signature("a PNG image", 0, new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
          new Signature("a JPEG image", 0, new int[] {0xFF, 0xD8, 0xFF}),
          new Signature("a GIF image", 0, new int[] {'G', 'I', 'F', '8'}),
          new Signature("a WebP image", 8, new int[] {'W', 'E', 'B', 'P'}),
          new Signature("a PDF document", 0, new int[] {'%', 'P', 'D', 'F', '-'}),
          new Signature("a ZIP archive", 0, new int[] {'P', 'K', 0x03, 0x04}),
          new Signature("an empty ZIP archive", 0, new int[] {'P', 'K', 0x05, 0x06}),
          new Signature("gzip data (not named .gz, so not decompressed)", 0, new int[] {0x1F, 0x8B}),
          new Signature("an ELF program", 0, new int[] {0x7F, 'E', 'L', 'F'}));

  private BinarySignatures() {}

  /** What binary format {@code bytes} open as, if any. */
  static Optional<String> formatOf(byte[] bytes) {
    for (Signature signature : SIGNATURES) {
      if (opensWith(bytes, signature)) {
        return Optional.of(signature.name());
      }
    }
    return Optional.empty();
  }

  private static boolean opensWith(byte[] bytes, Signature signature) {
    if (bytes.length < signature.offset() + signature.bytes().length) {
      return false;
    }
    for (int i = 0; i < signature.bytes().length; i++) {
      if ((bytes[signature.offset() + i] & 0xFF) != signature.bytes()[i]) {
        return false;
      }
    }
    return true;
  }
}
