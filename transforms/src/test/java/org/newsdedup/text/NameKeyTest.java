package org.newsdedup.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void spellingVariantsShareAKey() {
    String key = NameKey.of("Amirabdollahian");

    assertEquals(key, NameKey.of("Amir-Abdollahian"));
    assertEquals(key, NameKey.of("Amir Abdollahian"));
    assertEquals(NameKey.of("Hélène Marchal"), NameKey.of("helene marchal"));
    assertNotEquals(key, NameKey.of("Abdollahian"));
  }
}
