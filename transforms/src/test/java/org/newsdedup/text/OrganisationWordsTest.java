package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class OrganisationWordsTest {
  /** The alternation the word scan replaced, kept here as the reference it must agree with. */
  private static final Pattern REFERENCE =
      Pattern.compile(
          "\\b(?:Council|University|College|Ministry|Department|Agency|Association|Committee|"
              + "Commission|Authority|Bank|Party|Parliament|Court|Police|Service|Services|Union|"
              + "Institute|Foundation|Trust|Group|Company|Corporation|Inc|Ltd|plc|GmbH|AG|"
              + "Club|FC|Board|Office|Organisation|Organization|Federation|League|Assembly|Senate|"
              + "Congress|Forces|Army|Navy|Hospital|School|Academy|Fund|Network|Therapeutics|"
              + "Semiconductor|Airlines|Motors|Holdings|Ministerium|Verband|Ministère|Conseil|"
              + "Ministerio|Ministero|Ministerie|Gemeente)\\b");

  @Test
  void findsWholeWordsOnly() {
    assertEquals(List.of("Services", "Commission", "plc"),
        words("Oklahoma Forestry Services, the European Commission and Harbour plc."));
    assertEquals(List.of(), words("Banks, Councils, Bankers, Trustee, Bank_Holiday, FC2, council"));
  }

  @Test
  void agreesWithTheAlternationOnAwkwardText() {
    List<String> texts =
        List.of(
            "Bank", " Bank ", "Bank's Council’s", "Ministère de l'Intérieur", "Ministe\u0300re",
            "Bank\u0301 Council", "\u0301Bank", "x\u0301Bank", "_Bank", "Bank_", "Bank-Council",
            "Army/Navy", "AGM AG A.G. Inc. Ltd.", "(FC)", "Trust\uD835\uDC00", "\uD835\uDC00Trust",
            "GmbH\u200DHoldings", "Semiconductors Semiconductor", "", "plc", "Plc PLC",
            "Gemeente Amsterdam en het Ministerie van Financiën",
            "The University of Leeds and the University College Hospital");
    for (String text : texts) {
      assertEquals(reference(text), spans(text), text);
    }
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (int[] span : OrganisationWords.in(text)) {
      words.add(text.substring(span[0], span[1]));
    }
    return words;
  }

  private static List<String> spans(String text) {
    List<String> spans = new ArrayList<>();
    for (int[] span : OrganisationWords.in(text)) {
      spans.add(span[0] + "-" + span[1]);
    }
    return spans;
  }

  private static List<String> reference(String text) {
    List<String> spans = new ArrayList<>();
    Matcher m = REFERENCE.matcher(text);
    while (m.find()) {
      spans.add(m.start() + "-" + m.end());
    }
    return spans;
  }
}
