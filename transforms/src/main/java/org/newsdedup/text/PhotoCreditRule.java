package org.newsdedup.text;

import java.util.regex.Pattern;

/**
 * Drops picture credits and captions. A credit stands alone ("Credits: DepositPhotos", "Photo:
 * Reuters"); a caption is a line that ends in a parenthesised credit ("... talks in Islamabad
 * (Ministry of Foreign Affairs via AP)"). Captions keep their own reason so that they can be told
 * apart from article text downstream.
 */
final class PhotoCreditRule implements LineRule {
  static final String CREDIT = "photo-credit";
  static final String CAPTION = "photo-caption";

  private static final Pattern CREDIT_LINE =
      Pattern.compile(
          "(?i:(?:photo(?:graph)?|image|picture|pic|illustration|video|credits?|source)"
              + "(?:\\s+credits?)?)\\s*[:/]\\s*.{1,80}");
  private static final int MAX_CREDIT_CHARS = 200;
  private static final Pattern CAPTION_CREDIT =
      Pattern.compile(
          "\\((?:[^()]{0,100}\\b(?:via|photo|photos|pictures|images?|AP|AFP|PA|Reuters|EPA"
              + "|Getty|Shutterstock|Alamy|Xinhua|Bloomberg|file)\\b[^()]{0,100})\\)\\.?");

  /** "… at dusk. Photograph: Rhys Danby": a caption that names its credit last. */
  private static final Pattern TRAILING_CREDIT =
      Pattern.compile(
          "[.!?”\"]\\s(?:photo(?:graph)?|picture|image|credit|illustration|foto|bild|photos?)s?"
              + "\\s?(?::|by)\\s?[^.:]{2,80}$",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * A match of {@link #TRAILING_CREDIT} ends the line and is at most 19 characters and 80 code
   * points (two characters each at most) long: only the line's last 200 characters are searched.
   */
  private static final int TRAILING_CREDIT_REACH = 200;
  /** "Map: Salinity reached …": a graphic's caption. */
  private static final Pattern GRAPHIC_CAPTION =
      Pattern.compile(
          "(?:map|chart|graphic|grafik|carte|mapa|mappa|kaart)\\s?:\\s?\\S",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final int MAX_CAPTION_CHARS = 500;

  private static final Pattern BARE_AGENCY =
      Pattern.compile(
          "\\((?:AP|AFP|PA|Reuters|EPA|Xinhua|Bloomberg)(?:\\s?(?:/|,|and)\\s?"
              + "(?:AP|AFP|PA|Reuters|EPA|Xinhua|Bloomberg))?\\)\\.?");
  private static final Pattern REPORTING =
      Pattern.compile(
          "\\b(?:said|says|told|according to|reported|added|announced|stated)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final int MAX_BARE_CAPTION_WORDS = 20;

  @Override
  public void apply(DocumentLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      if (!doc.isKept(i)) {
        continue;
      }
      String line = doc.line(i);
      if (doc.words(i) <= 12 && CREDIT_LINE.matcher(line).matches()) {
        doc.remove(i, CREDIT);
      } else if (endsWithCredit(line, doc.words(i))
          || (line.length() <= MAX_CAPTION_CHARS
              && (endsWithNamedCredit(line)
                  || GRAPHIC_CAPTION.matcher(line).lookingAt()))) {
        doc.remove(i, CAPTION);
      }
    }
  }

  private static boolean endsWithNamedCredit(String line) {
    return TRAILING_CREDIT.matcher(line)
        .region(Math.max(0, line.length() - TRAILING_CREDIT_REACH), line.length())
        .find();
  }

  private static boolean endsWithCredit(String line, int words) {
    int open = line.lastIndexOf('(');
    if (open < 0 || line.length() - open > MAX_CREDIT_CHARS) {
      return false;
    }
    String credit = line.substring(open);
    if (!CAPTION_CREDIT.matcher(credit).matches()) {
      return false;
    }
    // "(Reuters)" alone also closes a wire paragraph ("…, the ministry said (Reuters)."): a
    // bare agency name makes a caption only of a short line that reports nobody's words.
    return !BARE_AGENCY.matcher(credit).matches()
        || (words <= MAX_BARE_CAPTION_WORDS && !REPORTING.matcher(line).find());
  }
}
