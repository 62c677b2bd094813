package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.RemovedLine;

class ArticleHeadTest {
  private static final String P1 =
      "Mensen met geldproblemen moeten in veel gemeenten maanden wachten voordat ze hulp krijgen"
          + " bij het aflossen van hun schulden, blijkt uit een rondgang.";
  private static final String P2 =
      "Volgens de gemeenten is het aantal aanvragen sinds 2022 fors gestegen door de hoge"
          + " energierekeningen en de gestegen boodschappenprijzen.";

  @Test
  void theHeadEndsAtTheLastLineTheHeaderRuleClaimed() {
    ArticleHead page =
        ArticleHead.of(List.of(P1, P2),
            List.of(new RemovedLine(1, "Het Dagnieuws", "header-line"),
                new RemovedLine(2, "Gemeenten worstelen met wachtlijsten", "headline"),
                new RemovedLine(9, "Deel dit artikel", "share-bar")));

    assertEquals(2, page.head().size());
    assertEquals(List.of(P1, P2), page.body());
    assertEquals(3, page.rest().size());
  }

  @Test
  void aKeptHeaderBelowACookieNoticeJoinsTheHead() {
    String cookies = "Het Dagnieuws gebruikt cookies en vergelijkbare technieken om de site goed te"
        + " laten werken en het gebruik te meten.";
    ArticleHead page =
        ArticleHead.of(
            List.of(cookies, "Akkoord", "Nieuws › Binnenland", "Gemeenten worstelen met wachtlijsten",
                "Door Sanne de Vries en Ruben Bakker", "di 5 mrt 2024, 17:42", P1, P2),
            List.of(new RemovedLine(1, "Het Dagnieuws", "header-line")));

    assertEquals(7, page.head().size());
    assertEquals(List.of(P1, P2), page.body());
  }

  @Test
  void aBylineBelowAKeptStandfirstJoinsTheHead() {
    String standfirst = "A city that forbids apartments on most of its land should not be surprised when rents climb.";
    ArticleHead page =
        ArticleHead.of(List.of(standfirst, "By Fiona Achterberg", P1, P2),
            List.of(new RemovedLine(1, "We keep blaming renters", "headline")));

    assertEquals("By Fiona Achterberg", page.head().get(page.head().size() - 1).text());
  }
}
