package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChromePatternRuleTest {
  private static String reason(String line) {
    return ChromePatternRule.reasonFor(line, Words.count(line));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '#',
      value = {
        "© 2024 The Westbay Echo. Part of Coastal Media Group. # copyright",
        "Riproduzione riservata © Copyright ANSA # copyright",
        "Todos los derechos reservados. # copyright",
        "Reporting by Maria Lopez; Editing by Peter Haig # credit-line",
        "Reuters and AFP contributed to this report. # credit-line",
        "--IANS # credit-line",
        "dpa-infocom, dpa:240305-99-123456/3 # credit-line",
        "Lire aussi | Dans la Creuse, le dernier médecin part à la retraite # read-more",
        "Lees ook: Kabinet wil incassokosten aan banden leggen # read-more",
        "Most Read Body found in river Man arrested after disturbance # headline-list",
        "Sign up to our free newsletter for match reports and more. # newsletter-prompt",
        "Recibe cada mañana nuestro boletín en tu correo # newsletter-prompt",
        "If you buy something from a link in this article, we may earn a commission. # disclaimer",
        "Priyanka Rao is a senior hardware editor at Circuit Notes. # author-bio",
        "press@example.org # contact",
        "Download the Straits Observer app # app-promo",
        "Support independent journalism # donation",
        "Tags: Halcyon, Laptops, Processors # tags",
        "Next slide # page-control",
        "5 min read # page-control",
        "Delen via WhatsApp # page-control",
        "2 hours ago # timestamp",
        "vor 3 Stunden # timestamp",
        "2 / 6 # no-words",
        "___ # no-words"
      })
  void namesTheFurnitureItKnows(String line, String expected) {
    assertEquals(expected, reason(line));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The newsletter, which goes to 40,000 homes, will now be printed in the town and posted"
            + " to every household in the valley each month, the council said.",
        "Copyright law was changed in 2019 after a long campaign by authors and musicians who"
            + " said the old rules let streaming services pay them too little for their work"
            + " and who had lobbied ministers in Brussels and in several capitals for years.",
        "Reporting restrictions were lifted on Monday.",
        "She said the next slide in prices would hit families hardest.",
        "Police are appealing for witnesses after a cyclist was injured on Monday evening."
      })
  void leavesProseThatOnlyMentionsTheseThings(String line) {
    assertNull(reason(line));
  }

  @org.junit.jupiter.api.Test
  void aVeryLongLineIsNeverMatched() {
    assertNull(reason("© " + "word ".repeat(200)));
  }
}
