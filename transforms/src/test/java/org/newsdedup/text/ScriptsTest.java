package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScriptsTest {
  @Test
  void chineseJapaneseAndKoreanAreUnspaced() {
    assertTrue(Scripts.isUnspaced("大雪で運休のローカル線、12日ぶりに全線で運転再開"));
    assertFalse(Scripts.isUnspaced("Tram extension delayed"));
    assertFalse(Scripts.isUnspaced("افتتاح أول محطة"));
  }

  @Test
  void noCharacterBelowHangulJamoIsOfAnUnspacedScript() {
    for (int cp = 0; cp < Scripts.FIRST_UNSPACED; cp++) {
      assertFalse(Scripts.isUnspacedScript(cp), Integer.toHexString(cp));
    }
    assertTrue(Scripts.isUnspacedScript(Scripts.FIRST_UNSPACED));
  }

  @Test
  void unspacedWordLengthCountsTwoCharactersAWord() {
    assertEquals(5, Scripts.wordLength("全線で運転再開、本日"));
    assertEquals(3, Scripts.wordLength("Tram extension delayed"));
  }
}
