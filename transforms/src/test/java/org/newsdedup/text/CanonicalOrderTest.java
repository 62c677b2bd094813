package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newsdedup.text.CanonicalOrder.Candidate;

class CanonicalOrderTest {
  private static int compare(Candidate a, Candidate b) {
    return CanonicalOrder.FIRST_IS_CANONICAL.compare(a, b);
  }

  @Test
  void theEarlierPublishedArticleComesFirst() {
    Candidate early = new Candidate("b.txt", "2024-01-29", 100);
    Candidate late = new Candidate("a.txt", "2024-01-30T13:49", 900);

    assertTrue(compare(early, late) < 0);
    assertTrue(compare(late, early) > 0);
  }

  @Test
  void anArticleWithADateComesBeforeOneWithout() {
    Candidate dated = new Candidate("z.txt", "2024-12-31", 10);
    Candidate undated = new Candidate("a.txt", null, 5_000);

    assertTrue(compare(dated, undated) < 0);
  }

  @Test
  void onTheSameDateTheLongerArticleComesFirst() {
    Candidate longer = new Candidate("z.txt", "2024-01-29", 600);
    Candidate shorter = new Candidate("a.txt", "2024-01-29", 450);

    assertTrue(compare(longer, shorter) < 0);
  }

  @Test
  void withoutDatesTheLongerArticleComesFirst() {
    assertTrue(compare(new Candidate("z.txt", null, 600), new Candidate("a.txt", null, 450)) < 0);
  }

  @Test
  void aFullTieIsBrokenByTheSmallerId() {
    Candidate first = new Candidate("000_f4547b695e6a452f.txt", "2024-01-29", 600);
    Candidate second = new Candidate("004_98d0749b56e2a244.txt", "2024-01-29", 600);

    assertTrue(compare(first, second) < 0);
    assertEquals(0, compare(first, new Candidate("000_f4547b695e6a452f.txt", "2024-01-29", 600)));
  }

  @Test
  void theOrderNeverDependsOnTheOrderOfInput() {
    List<Candidate> expected =
        List.of(
            new Candidate("c.txt", "2024-01-29", 700),
            new Candidate("a.txt", "2024-01-29", 500),
            new Candidate("b.txt", "2024-01-29", 500),
            new Candidate("d.txt", "2024-01-30", 900),
            new Candidate("e.txt", "2024-01-31T08:00", 100),
            new Candidate("f.txt", null, 1_000),
            new Candidate("g.txt", null, 1_000),
            new Candidate("h.txt", null, 3));
    Random random = new Random(17);

    for (int round = 0; round < 20; round++) {
      List<Candidate> shuffled = new ArrayList<>(expected);
      Collections.shuffle(shuffled, random);
      shuffled.sort(CanonicalOrder.FIRST_IS_CANONICAL);
      assertEquals(expected, shuffled);
    }
  }
}
