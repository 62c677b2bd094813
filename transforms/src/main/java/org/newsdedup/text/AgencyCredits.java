package org.newsdedup.text;

import java.util.List;
import java.util.Set;

/**
 * Lines that credit wire agencies for the text and say nothing else: "Source: Xinhua", "--IANS",
 * "AAP", "Reuters and AFP contributed to this report.", "*Com informações da Reuters", "This
 * report by The Canadian Press was first published March 2, 2024.", "IANS | Mar 01, 2024". A
 * sentence that merely mentions an agency ("Reuters reported that ...") is not a credit, nor is a
 * copyright notice.
 */
final class AgencyCredits {
  private static final int MAX_CREDIT_WORDS = 14;
  private static final int MAX_CREDIT_CHARS = 200;
  private static final Set<String> CREDIT_WORDS =
      Set.of(
          "source", "sources", "quelle", "fuente", "fonte", "bron", "by", "par", "von", "por",
          "door", "with", "avec", "mit", "con", "com", "and", "et", "und", "y", "e", "en", "la",
          "le", "the", "da", "de", "des", "del", "das", "der", "die", "van", "redaction",
          "rédaction", "redazione", "redacción", "redação", "redactie", "redaktion", "agency",
          "agencies", "agencia", "agence", "agentur", "agenzia", "informações", "informacoes",
          "information", "informationen", "contributed", "contributing", "to", "this", "report",
          "story", "article", "staff", "wires", "wire", "news", "additional", "reporting",
          "material", "from", "via", "was", "first", "published", "originally", "credit",
          "nach", "angaben", "selon", "según", "secondo", "segundo", "agencies'", "text");

  private AgencyCredits() {}

  /** The agencies a credit line names, or an empty list when the line is not a credit. */
  static List<String> in(String line) {
    String text = line.strip();
    if (text.length() > MAX_CREDIT_CHARS || Words.count(text) > MAX_CREDIT_WORDS || text.contains("©")
        || text.toLowerCase(java.util.Locale.ROOT).contains("copyright")) {
      return List.of();
    }
    List<String> agencies = Agencies.allMentioned(text);
    if (agencies.isEmpty()) {
      return List.of();
    }
    FoundDate date = DateParser.find(text, DateOrder.DAY_FIRST);
    String rest = Agencies.withoutMentions(date == null ? text : text.replace(date.matchedText(), " "));
    for (String word : Words.tokens(rest)) {
      if (!CREDIT_WORDS.contains(word)) {
        return List.of();
      }
    }
    return agencies;
  }
}
