package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageLineTest {
  @Test
  void captionsAndPictureCreditsArePicturesButABareSourceLineIsNot() {
    assertTrue(new PageLine("Ministers met in Islamabad (AP)", "photo-caption").isPicture());
    assertTrue(new PageLine("Photo: Reuters", "photo-credit").isPicture());
    assertFalse(new PageLine("Source: Xinhua", "photo-credit").isPicture());
    assertTrue(new PageLine("Talks resume", null).isArticleText());
    assertFalse(new PageLine("Talks resume", "headline").isArticleText());
  }
}
