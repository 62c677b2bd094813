package org.newsdedup.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the furniture that news sites in many languages share and that reads like prose, so
 * that length and stop words alone would keep it: copyright and rights lines, credit and slug
 * lines under wire copy ("Reporting by …; Editing by …", "--IANS", "dpa-infocom …"),
 * disclaimers, newsletter blurbs, author blurbs, contact lines, app and donation appeals, tag
 * lists, page controls ("Next slide", "Back to top", "4 min read") and lines that hold no words
 * at all ("13:48", "2 / 6", "___"). Each kind has a word limit, so that an article paragraph
 * that merely mentions one of these things stays.
 */
final class ChromePatternRule implements LineRule {
  static final String NO_WORDS = "no-words";
  static final String PAGE_CONTROL = "page-control";
  static final String TIMESTAMP = "timestamp";

  /** Furniture is short; longer lines are never matched, which also bounds the regex work. */
  private static final int MAX_CHARS = 400;

  /**
   * One kind of furniture: a line of at most {@code maxWords} that {@code whole} matches from
   * end to end, or in which {@code part} occurs. Neither starts with a wildcard, so a line of
   * any length costs linear time.
   */
  private record Kind(
      String reason, int maxWords, Pattern whole, Pattern part, List<String> triggers,
      LineStarts wholeStarts) {
    /**
     * Whether the line is this furniture. When the kind has triggers, the patterns only run on
     * a line whose lower-cased text holds one of them: most lines hold none, and a substring
     * search costs far less than a regex.
     */
    boolean matches(String line, String lowerCase) {
      if (!triggers.isEmpty() && !holdsAny(lowerCase, triggers)) {
        return false;
      }
      return (whole != null && wholeStarts.mayMatch(line) && whole.matcher(line).matches())
          || (part != null && part.matcher(line).find());
    }

    private static boolean holdsAny(String text, List<String> words) {
      for (String word : words) {
        if (text.contains(word)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private static final List<Kind> KINDS =
      List.of(
          kind("copyright", 40, null,
              "©|\\(c\\) ?\\d{4}|\\bcopyright\\b|all rights reserved|tous droits réservés"
                  + "|alle rechte vorbehalten|todos los derechos reservados|riproduzione riservata"
                  + "|todos os direitos reservados|alle rechten voorbehouden|جميع الحقوق محفوظة"
                  + "|無断転載|版权所有",
              List.of("©", "(c)", "copyright", "rights reserved", "droits réservés",
                  "rechte vorbehalten", "derechos reservados", "riproduzione riservata",
                  "direitos reservados", "rechten voorbehouden", "الحقوق", "無断転載", "版权所有")),
          kind("credit-line", 30,
              "\\(?(?:reporting|additional reporting|writing|editing|compiled|edited) by\\b.*"
                  + "|this (?:report|story|article) (?:by .{1,60} )?was (?:first )?"
                  + "(?:published|amended)\\b.*|our standards:.*|editor:.{1,60}"
                  + "|(?:--|—|-)\\s?\\p{Lu}{2,8}|\\p{Ll}{1,4}(?:-\\p{Ll}{1,4})?/\\p{Ll}{1,4}"
                  + "|dpa-infocom\\b.*|\\*?com informações d.*"
                  + "|(?:source|quelle|fuente|fonte|bron|المصدر)\\s?:.{1,60}|_{3,}",
              null),
          kind("credit-line", 30, null, "\\b(?:contributed|reported) (?:to )?(?:this|from)\\b",
              List.of("contributed", "reported")),
          kind("disclaimer", 40,
              "(?:disclaimer|note to readers|correction|clarification)\\s?:.*"
                  + "|\\(this story has not been edited\\b.*",
              "\\b(?:we may earn (?:a )?commission|affiliate (?:links?|commission)|afiliación"
                  + "|liens d'affiliation|affiliate-links?|affiliazione|afiliados|affiliatelinks?"
                  + "|auto-generated from a syndicated feed|(?:is|are) reader-supported"
                  + "|supported by a grant|retains full editorial control"
                  + "|not responsible for the content)\\b",
              List.of("disclaimer", "note to", "correction", "clarification", "this story",
                  "commission", "affiliat", "afilia", "syndicated", "reader-supported", "grant",
                  "editorial control", "not responsible")),
          kind("read-more", 30,
              "(?:read (?:more|also|next)|see also|also read|(?:à )?lire aussi|lesen sie auch"
                  + "|mehr zum thema|lees ook|leia também|veja também|leggi anche|lee también"
                  + "|اقرأ أيضا\\p{M}*)\\s?[:|»›>]\\s?.*",
              null),
          kind("headline-list", 80,
              "(?:related (?:articles|stories|news)|most (?:read|popular|viewed)"
                  + "|more (?:from|in) \\p{L}+|trending(?: now)?|recommended(?: for you)?"
                  + "|top stories|latest news)\\s[^.!?]*",
              null),
          kind("comment-prompt", 60, null,
              "\\b(?:letters? to the editor|we'd like to hear (?:what you think|from you)"
                  + "|(?:did you find|was) this (?:article |page |story )?(?:useful|helpful))\\b",
              List.of("letter", "hear", "useful", "helpful")),
          kind("newsletter-prompt", 30,
              "(?:by (?:signing up|subscribing|registering)|thank you for (?:signing up"
                  + "|subscribing))\\b.*",
              "\\b(?:(?:in|to|into) your inbox|sign[- ]up|subscribe|our (?:free |daily |weekly )?"
                  + "newsletters?|newsletter:|boletín|infolettre|nieuwsbrief|in je inbox"
                  + "|no seu e-mail|nel tuo inbox|النشرة البريدية)\\b",
              List.of("sign", "subscrib", "inbox", "newsletter", "boletín", "infolettre",
                  "nieuwsbrief", "e-mail", "النشرة")),
          kind("author-bio", 40,
              "\\p{Lu}[\\p{L}.'-]{1,30}(?: \\p{Lu}[\\p{L}.'-]{0,30}){0,3}"
                  + " (?:is|was|has been) (?:an?|the|our)\\b.{0,60}\\b(?:writer|journalist"
                  + "|reporter|editor|correspondent|contributor|columnist|author|freelancer"
                  + "|blogger|photojournalist)\\b.*"
                  + "|\\p{Lu}[\\p{L}.'-]{1,30}(?: \\p{Lu}[\\p{L}.'-]{0,30}){0,3} writes about\\b.*",
              null,
              List.of("writer", "journalist", "reporter", "editor", "correspondent",
                  "contributor", "columnist", "author", "freelancer", "blogger", "writes about")),
          kind("contact", 8,
              "(?:media contact|press contact|contact|kontakt|contacto|contatto)s?:?"
                  + "|[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63}){1,5}"
                  + "|(?:tel\\.?:? ?|phone:? ?)?\\+?[\\d ()-]{7,20}",
              null,
              List.of("@", "contact", "kontakt", "contatto", "0", "1", "2", "3", "4", "5", "6",
                  "7", "8", "9")),
          kind("app-promo", 14,
              "download (?:the|our) .{1,40} app\\b.*|get the app",
              "\\bavailable on (?:ios|the app store)\\b", List.of("app", "ios")),
          kind("donation", 20,
              "(?:support|fund) (?:independent|our|quality) journalism\\b.*|donate(?: now| today)?",
              "\\bplease consider (?:a donation|donating|supporting)\\b",
              List.of("journalism", "donat", "please consider")),
          kind("tags", 16,
              "(?:tags|topics|themen|thèmes|mots-clés|temas|argomenti|tópicos|onderwerpen)\\s?:?"
                  + "(?:\\s.*)?|explore more on these topics|all topics|all writers",
              null),
          kind(PAGE_CONTROL, 8,
              "(?:next|previous|prev) (?:slide|page|article|story|post)\\b.*|replay slideshow"
                  + "|slide \\d+ of \\d+|more slideshows|back to (?:top|\\p{L}+)|skip to \\w+\\b.*"
                  + "|\\d+ min(?:ute)?s? read|temps de lecture.*|lesezeit.*|load more\\b.*"
                  + "|show (?:more|less|key events only)\\b.*|(?:gift|save|print|share|reuse)"
                  + "(?: this)?(?: article| content| story| gallery)?"
                  + "|listen(?: to (?:this )?article)?"
                  + "|report an error|editorial policies|comment guidelines|sort by\\b.*"
                  + "|(?:newest|oldest|latest) first|reply|report|like(?: \\(\\d+\\))?"
                  + "|reply · like.*"
                  + "|refresh|auto-(?:update|refresh)(?: (?:on|off))?"
                  + "|(?:← )?previous:.*|next:.*(?: →)?|view full site|site index"
                  + "|please turn on javascript\\b.*|comments are (?:closed|moderated)\\b.*"
                  + "|your email address will not be published\\b.*|name \\*|post comment"
                  + "|um kommentieren zu können.*|proudly powered by\\b.*|offrir cet article"
                  + "|article réservé aux abonnés|partager|teilen|compartir|condividi"
                  + "|compartilhe?|delen(?: via \\p{L}+)?|deel dit artikel|この記事をシェアする"
                  + "|شارك|follow (?:us|.{1,40} on social media)\\b.*",
              null),
          kind(TIMESTAMP, 8,
              "(?:\\d{1,2}[:.h]\\d{2}(?: ?[ap]\\.?m\\.?)?|\\d+ (?:minutes?|hours?|days?|mins?|hrs?)"
                  + " ago|vor \\d+ (?:minuten|stunden|tagen)|il y a \\d+ \\w+|hace \\d+ \\w+)",
              null));

  private static Kind kind(String reason, int maxWords, String whole, String part) {
    return kind(reason, maxWords, whole, part, List.of());
  }

  private static Kind kind(
      String reason, int maxWords, String whole, String part, List<String> triggers) {
    Pattern wholePattern = whole == null ? null : Pattern.compile(whole, FLAGS);
    return new Kind(
        reason, maxWords, wholePattern, part == null ? null : Pattern.compile(part, FLAGS),
        triggers, wholePattern == null ? null : new LineStarts(wholePattern));
  }

  @Override
  public void apply(DocumentLines doc) {
    // Furniture repeats within a page (menus, "Share", "Advertisement"): each distinct line is
    // matched once.
    java.util.Map<String, String> seen = new java.util.HashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      if (doc.isKept(i)) {
        String line = doc.line(i);
        String reason = seen.get(line);
        if (reason == null) {
          String found = reasonFor(line, doc.lowerCase(i), doc.words(i));
          reason = found == null ? "" : found;
          seen.put(line, reason);
        }
        if (!reason.isEmpty()) {
          doc.remove(i, reason);
        }
      }
    }
  }

  /** Why a line is furniture, or null when no kind of furniture matches it. */
  static String reasonFor(String line, int words) {
    return reasonFor(line, line.toLowerCase(java.util.Locale.ROOT), words);
  }

  private static String reasonFor(String line, String lowerCase, int words) {
    if (!hasLetters(line)) {
      return NO_WORDS;
    }
    if (line.length() > MAX_CHARS) {
      return null;
    }
    for (Kind kind : KINDS) {
      if (words <= kind.maxWords() && kind.matches(line, lowerCase)) {
        return kind.reason();
      }
    }
    return null;
  }

  private static boolean hasLetters(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isLetter(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
