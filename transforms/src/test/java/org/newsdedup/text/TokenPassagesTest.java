package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class TokenPassagesTest {
  private static final long CLS = 101;
  private static final long SEP = 102;

  /** A piece of {@code count} ids, numbered from {@code first}. */
  private static long[] piece(long first, int count) {
    return LongStream.range(first, first + count).toArray();
  }

  @Test
  void wholePiecesAreJoinedWhileTheyFitWithTheSpecialTokens() {
    List<long[]> inputs =
        TokenPassages.pack(List.of(piece(1000, 3), piece(2000, 2), piece(3000, 3)), CLS, SEP, 8);

    assertEquals(2, inputs.size());
    assertArrayEquals(new long[] {CLS, 1000, 1001, 1002, 2000, 2001, SEP}, inputs.get(0));
    assertArrayEquals(new long[] {CLS, 3000, 3001, 3002, SEP}, inputs.get(1));
  }

  @Test
  void aPieceThatFillsTheInputExactlyIsJoinedAndThenTheNextStartsAnew() {
    List<long[]> inputs =
        TokenPassages.pack(List.of(piece(1000, 4), piece(2000, 2), piece(3000, 1)), CLS, SEP, 8);

    assertEquals(2, inputs.size());
    assertEquals(8, inputs.get(0).length);
    assertArrayEquals(new long[] {CLS, 3000, SEP}, inputs.get(1));
  }

  @Test
  void aPieceOverTheLimitIsCutToItAndStandsAlone() {
    List<long[]> inputs =
        TokenPassages.pack(List.of(piece(1000, 2), piece(2000, 10), piece(3000, 2)), CLS, SEP, 8);

    assertEquals(3, inputs.size());
    assertArrayEquals(new long[] {CLS, 1000, 1001, SEP}, inputs.get(0));
    assertArrayEquals(new long[] {CLS, 2000, 2001, 2002, 2003, 2004, 2005, SEP}, inputs.get(1));
    assertArrayEquals(new long[] {CLS, 3000, 3001, SEP}, inputs.get(2));
  }

  @Test
  void noPiecesGiveNoInputsAndALimitMustLeaveRoomForAToken() {
    assertEquals(List.of(), TokenPassages.pack(List.of(), CLS, SEP, 128));
    assertEquals(List.of(), TokenPassages.pack(List.of(new long[0]), CLS, SEP, 128));
    assertThrows(IllegalArgumentException.class, () -> TokenPassages.pack(List.of(), CLS, SEP, 2));
  }
}
