package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PictureWordsTest {
  @Test
  void picturesPhotosAndCreditsAreNamed() {
    assertTrue(PictureWords.mentionsPicture("Photo: Reuters"));
    assertTrue(PictureWords.mentionsPicture("Credits: Northern Courier Picture Desk"));
    assertFalse(PictureWords.mentionsPicture("Source: Xinhua"));
  }
}
