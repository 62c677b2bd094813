package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShareBarRuleTest {
  private static DocumentLines apply(String text) {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines(text));
    new ShareBarRule().apply(doc);
    return doc;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share Facebook Twitter WhatsApp Email Copy link",
        "Follow us on Instagram",
        "SHARE ON FACEBOOK",
        "Share: Facebook | Twitter | Email",
        "Twitter Facebook",
        "E-mail Print",
        "Share",
        "Print",
        "Tweet this",
        "Share on LinkedIn Pinterest Reddit Telegram"
      })
  void barsOfNetworksAndShareVerbsAreRemoved(String line) {
    assertEquals("share-bar", apply(line).reason(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Facebook shares fell 5% on Tuesday",
        "Facebook and Twitter removed accounts linked to the militant group on Monday.",
        "Share prices in Karachi rose",
        "Comments",
        "•",
        "Follow the money"
      })
  void linesWithOtherWordsOrNoNetworkStay(String line) {
    assertNull(apply(line).reason(0));
  }

  @Test
  void onlyTheBarLineGoes() {
    DocumentLines doc =
        apply(
            "Pakistan and Iran agree to work together\n"
                + "Share Facebook Twitter\n"
                + "Pakistan and Iran have agreed to improve security cooperation.");

    assertNull(doc.reason(0));
    assertEquals(ShareBarRule.REASON, doc.reason(1));
    assertNull(doc.reason(2));
  }

  @Test
  void aLineAnEarlierRuleClaimedKeepsItsReason() {
    DocumentLines doc = new DocumentLines(LineNormalizer.lines("Share Facebook Twitter"));
    doc.remove(0, "icon-alt-text");

    new ShareBarRule().apply(doc);

    assertEquals("icon-alt-text", doc.reason(0));
  }
}
