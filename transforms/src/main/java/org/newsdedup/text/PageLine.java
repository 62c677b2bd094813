package org.newsdedup.text;

import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One line of a page as metadata extraction sees it: its text and the reason the cleaner took it
 * out of the article, or null when the line is article text.
 */
record PageLine(String text, @Nullable String reason) {
  private static final java.util.Set<String> PICTURE_REASONS =
      java.util.Set.of("photo-caption", "photo-credit", "image-alt-text");

  boolean isArticleText() {
    return reason == null;
  }

  /**
   * Whether the line describes a picture. A bare "Source: Xinhua" line that the cleaner took for
   * a picture credit still credits the text when it names no picture.
   */
  boolean isPicture() {
    return reason != null && PICTURE_REASONS.contains(reason)
        && (!reason.equals("photo-credit") || PictureWords.mentionsPicture(text));
  }
}
