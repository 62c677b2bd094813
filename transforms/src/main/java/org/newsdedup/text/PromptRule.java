package org.newsdedup.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the calls to action a page wraps around an article: "Read more", "Leave a review",
 * newsletter and cookie prompts, "Advertisement". Only short lines qualify, so a sentence that
 * happens to start with "Subscribe" inside the article stays.
 */
final class PromptRule implements LineRule {
  private static final int MAX_WORDS = 12;

  private record Prompt(String reason, Pattern pattern, LineStarts starts) {}

  private static final List<Prompt> PROMPTS =
      List.of(
          prompt(
              "read-more",
              "(?:read|see|view) (?:more|also|next|the full story)\\b.*|more (?:from|in|on)\\b.*"
                  + "|(?:related|recommended|similar)(?: articles| stories| news| coverage"
                  + "| releases| for you| stories)?:?"
                  + "|(?:most|top) (?:read|popular|viewed|shared|stories)\\b.*"
                  + "|trending(?: now| stories| topics)?:?|you (?:might|may) also like\\b.*"
                  + "|also read\\b.*|recent posts|paid content|(?:à )?lire aussi\\b.*"
                  + "|les plus lus|le \\+ lu|à la une|mehr zum thema|lesen sie auch\\b.*"
                  + "|das könnte sie auch interessieren|meistgelesen\\w*|auch interessant"
                  + "|noticias relacionadas|lo más (?:leído|visto)|te puede interesar|leggi anche\\b.*"
                  + "|i più letti|potrebbe interessarti|veja também\\b.*|mais lidas"
                  + "|leia (?:também|mais)\\b.*|lees ook\\b.*|meest gelezen|meer over\\b.*"
                  + "|اقرأ أيضا\\p{M}*\\b.*|الأكثر قراءة|関連記事|関連ニュース|アクセスランキング"
                  + "|ランキング|相关(?:新闻|阅读)"),
          prompt(
              "comment-prompt",
              "leave a (?:review|comment|reply)\\b.*|(?:(?<![\\d,.])\\d[\\d,.]* )?comments?:?"
                  + "|comments? \\(\\d[\\d,.]*\\)|join the (?:conversation|discussion)\\b.*"
                  + "|(?:show|load|view|see) (?:more |all )?comments\\b.*|have your say"
                  + "|kommentare?(?: \\(\\d+\\))?|commentaires?(?: \\(\\d+\\))?"
                  + "|comentarios?(?: \\(\\d+\\))?|commenti|comentários|reacties"),
          prompt(
              "newsletter-prompt",
              "(?:sign up|subscribe|register)\\b.*(?:newsletter|email|inbox|free|now|today)\\b.*"
                  + "|get (?:our|the) .{0,40}newsletter\\b.*|(?:free )?newsletters?:?|sign up"
                  + "|subscribe|enter your e-?mail(?: address)?|e-?mail address|s'inscrire"
                  + "|je m'inscris|inscrivez-vous\\b.*|jetzt (?:anmelden|abonnieren)|anmelden"
                  + "|suscr[ií]be\\w*\\b.*|iscriviti\\b.*|cadastr(?:ar|e-se)\\b.*|inscreva-se\\b.*"
                  + "|aanmelden|abonneren|اشترك\\b.*"),
          prompt("account-prompt", "log ?in|sign in|register|my account|会員登録|ログイン"),
          prompt(
              "cookie-notice",
              "(?:we use cookies|this (?:site|website) uses cookies|accept (?:all )?cookies)\\b.*"
                  + "|we value your privacy|(?:accept|reject|decline) all|more options"
                  + "|manage (?:settings|preferences|cookies)"),
          prompt("advertisement", "advertisement(?: continue reading below)?|sponsored(?: content)?"
              + "|ad|story continues below(?: advertisement)?|anzeige|publicité|publicidad"
              + "|pubblicità|publicidade|advertentie|reclame|إعلان|広告|广告"));

  private static Prompt prompt(String reason, String regex) {
    Pattern pattern = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new Prompt(reason, pattern, new LineStarts(pattern));
  }

  @Override
  public void apply(DocumentLines doc) {
    for (int i = 0; i < doc.size(); i++) {
      if (!doc.isKept(i) || doc.words(i) > MAX_WORDS) {
        continue;
      }
      String line = doc.line(i);
      for (Prompt prompt : PROMPTS) {
        if (prompt.starts().mayMatch(line) && prompt.pattern().matcher(line).matches()) {
          doc.remove(i, prompt.reason());
          break;
        }
      }
    }
  }
}
