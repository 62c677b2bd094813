package org.newsdedup.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Packs the word-piece ids of consecutive pieces of an article ({@link Passages}) into the inputs
 * the model reads: as many whole pieces as fit in {@code maxTokens} with the two special tokens,
 * so each run of the model reads close to its limit. A run costs about as much as 20 words of
 * text on top of its words, so fewer, fuller runs read the same words for less.
 *
 * <p>Joining ids is the same as tokenizing the joined text: the model's tokenizer splits on white
 * space before it cuts words into pieces, so two pieces joined by a space give the two pieces'
 * ids one after the other. A piece longer than the limit on its own is cut to it, as the tokenizer
 * would cut it, and is an input of its own.
 */
final class TokenPassages {
  private TokenPassages() {}

  /**
   * The model inputs, each {@code [cls, ids of whole pieces..., sep]} and at most {@code
   * maxTokens} long, in the pieces' order; none for no pieces.
   */
  static List<long[]> pack(List<long[]> pieces, long cls, long sep, int maxTokens) {
    if (maxTokens < 3) {
      throw new IllegalArgumentException("maxTokens must leave room for a token, got " + maxTokens);
    }
    int room = maxTokens - 2;
    List<long[]> inputs = new ArrayList<>();
    long[] current = new long[maxTokens];
    int length = 0;
    for (long[] piece : pieces) {
      int take = Math.min(piece.length, room);
      if (length > 0 && length + take > room) {
        inputs.add(close(current, length, cls, sep));
        length = 0;
      }
      System.arraycopy(piece, 0, current, length + 1, take);
      length += take;
    }
    if (length > 0) {
      inputs.add(close(current, length, cls, sep));
    }
    return inputs;
  }

  private static long[] close(long[] buffer, int length, long cls, long sep) {
    long[] input = Arrays.copyOf(buffer, length + 2);
    input[0] = cls;
    input[length + 1] = sep;
    return input;
  }
}
