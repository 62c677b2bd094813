package org.newsdedup.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The statements an article quotes, with their speaker when the text attributes them: a name or
 * a pronoun next to a verb of speech right after the quote ("...," said Keith Robb; "...," he
 * said) or right before it (Jilani said: "..."). A pronoun stands for the person named last
 * before the quote. Speakers are given under the name {@link People} listed them by.
 */
public final class Quotes {
  /** One quoted statement and who said it, when the text says. */
  public record Quote(String text, @Nullable String speaker) {}

  /**
   * Each alternative opens with its quotation mark; the look-ahead turns away every other
   * position with one test, where the alternation would try each mark in turn.
   */
  private static final Pattern QUOTED =
      Pattern.compile(
          "(?=[“\"„«「])(?:“([^“”\\n]{2,1000}+)”|\"([^\"\\n]{2,1000}+)\"|„([^„“”\\n]{2,1000}+)[“”]"
              + "|«\\s?([^«»\\n]{2,1000}+)»|「([^「」\\n]{2,500}+)」)");
  private static final String VERB =
      "(?:said|says|told|added|explained|noted|warned|stated|argued|insisted|asked|wrote|recalled|"
          + "admitted|confirmed|sagte|sagt|erklärte|betonte|dit|a déclaré|explique|dijo|afirmó|"
          + "explicó|ha detto|disse|afirmou|zegt|zei|aldus)";
  private static final String SPEAKER = "(\\p{Lu}[\\p{L}'’-]{1,30}(?:\\s\\p{Lu}[\\p{L}'’-]{1,30}){0,3}|he|she|they|er|sie|il|elle|él|ella|lui|lei|ele|ela|hij|zij)";
  private static final Pattern AFTER_VERB_FIRST =
      Pattern.compile("^[,.]?\\s?" + VERB + "\\s" + SPEAKER, Pattern.UNICODE_CASE);
  private static final Pattern AFTER_SPEAKER_FIRST =
      Pattern.compile("^[,.]?\\s?" + SPEAKER + "\\s" + VERB + "\\b", Pattern.UNICODE_CASE);
  private static final Pattern BEFORE =
      Pattern.compile(SPEAKER + "\\s" + VERB + "(?:\\s[^“\"„«]{0,40})?[:,]\\s?$", Pattern.UNICODE_CASE);
  private static final int MIN_QUOTE_WORDS = 3;
  private static final int MIN_UNSPACED_QUOTE_CHARS = 8;
  private static final Pattern TRAILING_COMMAS = Pattern.compile("[,;]+$");
  private static final int LOOK_CHARS = 80;
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s");

  private Quotes() {}

  public static List<Quote> find(List<String> paragraphs, List<String> people) {
    List<Quote> quotes = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      String paragraph = paragraphs.get(p);
      Matcher quoted = QUOTED.matcher(paragraph);
      for (int at = nextOpeningQuote(paragraph, 0); at >= 0 && quoted.find(at);
          at = nextOpeningQuote(paragraph, quoted.end())) {
        String text = TRAILING_COMMAS.matcher(firstGroup(quoted).strip()).replaceFirst("");
        boolean longEnough = Scripts.isUnspaced(text)
            ? text.length() >= MIN_UNSPACED_QUOTE_CHARS
            : Words.count(text) >= MIN_QUOTE_WORDS;
        if (!longEnough) {
          continue;
        }
        String after = paragraph.substring(quoted.end(), Math.min(paragraph.length(), quoted.end() + LOOK_CHARS));
        String before = paragraph.substring(Math.max(0, quoted.start() - LOOK_CHARS), quoted.start());
        String said = speakerAfter(after);
        if (said == null && mayEndInLead(before)) {
          Matcher lead = BEFORE.matcher(before);
          said = lead.find() ? lead.group(1) : null;
        }
        quotes.add(new Quote(text, resolve(said, people, paragraphs, p, quoted.start())));
      }
    }
    return quotes;
  }

  /**
   * Where the next quotation mark that opens a quote is: {@link #QUOTED} is run from there, as
   * most of a paragraph quotes nobody.
   */
  private static int nextOpeningQuote(String paragraph, int from) {
    for (int i = from; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if (c == '“' || c == '"' || c == '„' || c == '«' || c == '「') {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether {@link #BEFORE} can match: its colon or comma is followed by one space and a line
   * break at most, so it is among the last four characters. Most quotes follow a sentence's end.
   */
  private static boolean mayEndInLead(String before) {
    for (int i = Math.max(0, before.length() - 4); i < before.length(); i++) {
      if (before.charAt(i) == ':' || before.charAt(i) == ',') {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String speakerAfter(String after) {
    Matcher verbFirst = AFTER_VERB_FIRST.matcher(after);
    if (verbFirst.find()) {
      return verbFirst.group(1);
    }
    Matcher speakerFirst = AFTER_SPEAKER_FIRST.matcher(after);
    return speakerFirst.find() ? speakerFirst.group(1) : null;
  }

  /** A pronoun is the last person named; a name is matched to the person list by any part. */
  private static @Nullable String resolve(
      @Nullable String said, List<String> people, List<String> paragraphs, int paragraph,
      int quoteStart) {
    if (said == null) {
      return null;
    }
    if (Character.isLowerCase(said.codePointAt(0))) {
      String found = lastNamed(paragraphs.get(paragraph).substring(0, quoteStart), people);
      for (int p = paragraph - 1; found == null && p >= 0; p--) {
        found = lastNamed(paragraphs.get(p), people);
      }
      return found;
    }
    String person = personNamed(said, people);
    return person != null ? person : said;
  }

  private static @Nullable String personNamed(String mention, List<String> people) {
    String key = NameKey.of(mention);
    for (String person : people) {
      String personKey = NameKey.of(person);
      if (personKey.equals(key) || personKey.endsWith(key) && key.length() >= 3) {
        return person;
      }
    }
    return null;
  }

  /**
   * The subject of the last sentence that names someone: the person it names first (a pronoun
   * usually continues the sentence's subject, not a name in a clause after it), or null.
   */
  private static @Nullable String lastNamed(String text, List<String> people) {
    String[] sentences = SENTENCE_END.split(text);
    for (int i = sentences.length - 1; i >= 0; i--) {
      String sentence = sentences[i].toLowerCase(Locale.ROOT);
      String first = null;
      int at = Integer.MAX_VALUE;
      for (String person : people) {
        String[] words = person.split(" ");
        int position = sentence.indexOf(words[words.length - 1].toLowerCase(Locale.ROOT));
        if (position >= 0 && position < at) {
          at = position;
          first = person;
        }
      }
      if (first != null) {
        return first;
      }
    }
    return null;
  }

  private static String firstGroup(Matcher m) {
    for (int i = 1; i <= m.groupCount(); i++) {
      if (m.group(i) != null) {
        return m.group(i);
      }
    }
    return m.group();
  }
}
