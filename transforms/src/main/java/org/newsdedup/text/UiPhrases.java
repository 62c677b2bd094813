package org.newsdedup.text;

import java.util.regex.Pattern;

/**
 * Page controls and labels that sit among a page's header lines: reading times, share and
 * follow buttons, skip links, icon alt text, sign-in prompts, in the languages the cleaner knows.
 * None of them is ever a headline, a masthead or a person.
 */
final class UiPhrases {
  private static final Pattern CONTROL =
      Pattern.compile(
          "(?iu)^(?:skip to|skip|sign (?:in|up)|log ?in|log out|subscribe|register|search|menu|close|"
              + "share|follow|listen|watch|read in|read more|print|email|e-mail|copy link|link copied|"
              + "accept|reject|manage|show|hide|more|back to|download|get the|updated|published|"
              + "posted|comments?|advertisement|sponsored|reading time|lesezeit|leestijd|temps de "
              + "lecture|tiempo de lectura|compartir|partager|teilen|delen|condividi|compartilhe|"
              + "envoyer|imprimer|merken|artikel anhören|anmelden|abonnieren|se connecter|s'abonner|"
              + "accedi|abbonati|entrar|buscar|suscr[ií]bete|iniciar sesi[oó]n|in this article|"
              + "key events|video ad feedback|font size|text size|auto-update|refresh)\\b.*");
  private static final Pattern READING_TIME =
      Pattern.compile("(?iu)^\\d{1,3}\\s?(?:min|mins|minutes?|minuten|minutos|minuti)\\b.{0,12}$");
  private static final Pattern ICON =
      Pattern.compile("(?iu)^[\\p{L}\\d -]{1,30} (?:icon|logo)(?:\\s.{0,10})?$");
  private static final Pattern FONT_BUTTONS = Pattern.compile("^(?:[Aa][+-]?\\s?){2,4}$");

  private static final java.util.Set<String> MENU_WORDS =
      java.util.Set.of("home", "news", "login", "log", "sign", "subscribe", "newsletter",
          "newsletters", "search", "menu", "contact", "jobs", "events", "register", "account",
          "sport", "sports", "business", "world", "politics", "opinion", "culture", "lifestyle",
          "video", "videos", "photos", "weather", "tech", "travel", "about", "e-paper", "epaper");
  private static final int MIN_MENU_ROW_WORDS = 5;
  private static final int MIN_MENU_WORDS_IN_ROW = 2;

  private UiPhrases() {}

  /**
   * A site menu flattened into one line: "Home Startups Funding Tech Policy Events Jobs Login".
   * Every word capitalised, no punctuation, and several of them the usual menu items.
   */
  static boolean isMenuRow(String line) {
    String[] words = Spaces.words(line);
    if (words.length < MIN_MENU_ROW_WORDS) {
      return false;
    }
    int menuWords = 0;
    for (String word : words) {
      if (!Character.isUpperCase(word.codePointAt(0)) && !word.equals("&")) {
        return false;
      }
      menuWords += MENU_WORDS.contains(word.toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
    }
    return menuWords >= MIN_MENU_WORDS_IN_ROW;
  }

  static boolean isControl(String line) {
    String text = line.strip();
    return CONTROL.matcher(text).matches()
        || READING_TIME.matcher(text).matches()
        || ICON.matcher(text).matches()
        || FONT_BUTTONS.matcher(text).matches();
  }
}
