package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlinesTest {
  private static List<PageLine> head(String... lines) {
    List<PageLine> head = new ArrayList<>();
    for (String line : lines) {
      head.add(new PageLine(line, "header-line"));
    }
    return head;
  }

  @Test
  void theHeadlineIsTheFirstTitleBelowTheTrail() {
    List<PageLine> head =
        head("The Daily Standard", "Home", "News", "News › UK › Crime",
            "Former council finance chief jailed for diverting money into betting accounts",
            "Graham Thorley, 54, admitted fraud by abuse of position", "By Press Association");

    assertEquals(4, Headlines.find(head));
  }

  @Test
  void aTickerAboveTheTrailIsNotTheHeadline() {
    List<PageLine> head =
        head("Halton Vale Gazette", "Breaking", "Bus station to close for six weeks of repairs",
            "News > Crime", "Appeal after cyclist injured in Bramley Road collision",
            "Staff Reporter");

    assertEquals(4, Headlines.find(head));
  }

  @Test
  void withoutATrailTheMastheadLineIsPassedOver() {
    List<PageLine> head =
        head("Pakistan's Jilani shakes hands with Iran's Amir-Abdollahian in Islamabad",
            "Pakistan, Iran to expand security cooperation, move on from missile strikes");

    assertEquals(1, Headlines.find(head));
  }

  @Test
  void unspacedHeadlinesAreMeasuredInCharacters() {
    List<PageLine> head =
        head("みらい新聞デジタル", "ログイン", "トップ > ニュース > 社会",
            "大雪で運休のローカル線、12日ぶりに全線で運転再開", "2024年2月8日 17時30分");

    assertEquals(3, Headlines.find(head));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"5 min read", "Reading time: 3 min", "Listen to this article · 14 min", "A A A",
        "Priyanka Rao priyanka.rao@circuitnotes.example", "Posted: Jan 30, 2024 / 06:47 PM",
        "Home Startups Funding Tech Policy Events Jobs Newsletter Login", "Harbor City 118",
        "Australian Associated Press", "Skip to main content", "Compartir en WhatsApp",
        "A city that forbids apartments should not be surprised when rents climb."})
  void controlsCreditsDatesAndSentencesAreNotTitles(String line) {
    assertFalse(Headlines.isTitle(new PageLine(line, "header-line"), 3));
  }
}
