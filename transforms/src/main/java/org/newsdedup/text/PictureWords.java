package org.newsdedup.text;

import java.util.regex.Pattern;

/** Words that say a line is about a picture, a video or a graphic rather than the text. */
final class PictureWords {
  private static final Pattern PICTURE =
      Pattern.compile(
          "(?iu)\\b(?:photos?|photograph(?:s|er|y)?|pictures?|pics?|images?|credits?|video|"
              + "graphic|illustration|getty|shutterstock|istock|foto|fotos|bild|bilder|imagen|"
              + "immagine|afbeelding|crédit|caption)\\b");

  private PictureWords() {}

  static boolean mentionsPicture(String line) {
    return PICTURE.matcher(line).find();
  }
}
