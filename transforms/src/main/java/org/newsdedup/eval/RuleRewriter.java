package org.newsdedup.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites English news prose by fixed rules, the way a second outlet retells an agency story:
 * the same facts in other words and another order. Each paragraph's sentences are split, turned
 * around where a rule knows how ("…, the minister said." becomes "The minister said …"; "A,
 * after B." becomes "After B, a."), worded anew from a list of news synonyms, and reordered;
 * some secondary sentences are left out, and the paragraphs after the lead change places. Word
 * shingles then mostly differ while the meaning stays, which is what separates a rewrite (same
 * story) from a copy.
 */
final class RuleRewriter {
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“‘A-Z0-9])");
  private static final Pattern ATTRIBUTION =
      Pattern.compile("^(.{20,}),[\"”]? ([\\w.'-]+(?: [\\w.'-]+){0,5}) (said|says|told reporters|added)\\.$");
  private static final Pattern SUBORDINATE =
      Pattern.compile("^([A-Z].{15,}), (after|before|while|although|as|because|when) (.{10,})\\.$");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+(?:'[a-z]+)?");

  private static final Map<String, String> SYNONYMS = synonyms();

  private RuleRewriter() {}

  /** The rewritten paragraphs, the first still leading. */
  static List<String> rewrite(List<String> paragraphs, Random random) {
    List<String> rewritten = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      List<String> sentences = new ArrayList<>();
      for (String sentence : sentences(paragraphs.get(p))) {
        sentences.add(reword(turnAround(sentence)));
      }
      List<String> kept = new ArrayList<>();
      for (int s = 0; s < sentences.size(); s++) {
        if (s == 0 || sentences.size() < 3 || random.nextDouble() >= 0.2) {
          kept.add(sentences.get(s));
        }
      }
      if (p > 0 && kept.size() > 1) {
        Collections.shuffle(kept, random);
      } else if (kept.size() > 2) {
        Collections.shuffle(kept.subList(1, kept.size()), random);
      }
      rewritten.add(String.join(" ", kept));
    }
    for (int p = 1; p + 1 < rewritten.size(); p += 2) {
      if (random.nextBoolean()) {
        Collections.swap(rewritten, p, p + 1);
      }
    }
    return rewritten;
  }

  /**
   * The share of an article's words that the synonym list knows. Where it is small (sports
   * scores, lists of figures, another language) the rules cannot retell the article: what they
   * give is still mostly a copy.
   */
  static double rewordableShare(List<String> paragraphs) {
    int words = 0;
    int known = 0;
    for (String paragraph : paragraphs) {
      Matcher word = WORD.matcher(paragraph);
      while (word.find()) {
        words++;
        if (SYNONYMS.containsKey(word.group().toLowerCase(Locale.ROOT))) {
          known++;
        }
      }
    }
    return words == 0 ? 0 : (double) known / words;
  }

  static List<String> sentences(String paragraph) {
    List<String> sentences = new ArrayList<>();
    for (String sentence : SENTENCE_END.split(paragraph.strip())) {
      if (!sentence.isBlank()) {
        sentences.add(sentence.strip());
      }
    }
    return sentences;
  }

  /** Moves an attribution to the front, or a trailing subordinate clause to the front. */
  static String turnAround(String sentence) {
    Matcher attribution = ATTRIBUTION.matcher(sentence);
    if (attribution.matches() && !attribution.group(1).contains("\"")) {
      String speaker = attribution.group(2);
      String verb = attribution.group(3).equals("told reporters") ? "told reporters" : "said";
      return capitalise(speaker) + " " + verb + " that " + lowerFirst(attribution.group(1)) + ".";
    }
    Matcher subordinate = SUBORDINATE.matcher(sentence);
    if (subordinate.matches()) {
      return capitalise(subordinate.group(2)) + " " + subordinate.group(3) + ", "
          + lowerFirst(subordinate.group(1)) + ".";
    }
    return sentence;
  }

  /** Replaces every word the synonym list knows, keeping an initial capital. */
  static String reword(String sentence) {
    Matcher word = WORD.matcher(sentence);
    StringBuilder out = new StringBuilder();
    while (word.find()) {
      String original = word.group();
      String replacement = SYNONYMS.get(original.toLowerCase(Locale.ROOT));
      if (replacement == null || (Character.isUpperCase(original.charAt(0)) && word.start() > 0
          && !endsSentence(sentence, word.start()))) {
        // A capitalised word inside a sentence is a name ("Young", "Mark"), not the common word.
        replacement = original;
      } else if (Character.isUpperCase(original.charAt(0))) {
        replacement = capitalise(replacement);
      }
      word.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    word.appendTail(out);
    return out.toString();
  }

  private static boolean endsSentence(String text, int wordStart) {
    int i = wordStart - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“')) {
      i--;
    }
    return i < 0 || text.charAt(i) == '.' || text.charAt(i) == ':';
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /** Lower-cases the first letter unless the first word looks like a name or an acronym. */
  private static String lowerFirst(String text) {
    String first = text.split(" ", 2)[0];
    boolean commonWord = first.length() > 1 && first.substring(1).equals(first.substring(1).toLowerCase(Locale.ROOT))
        && COMMON_OPENERS.contains(first.toLowerCase(Locale.ROOT));
    return commonWord ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
  }

  private static final List<String> COMMON_OPENERS =
      List.of("the", "a", "an", "it", "this", "that", "there", "we", "they", "he", "she", "its",
          "our", "their", "his", "her", "some", "most", "many", "all", "no", "more", "about");

  /** Pairs of news words that can stand for each other; each maps to its partner. */
  private static Map<String, String> synonyms() {
    String[][] pairs = {
      {"said", "stated"}, {"says", "states"}, {"told", "informed"}, {"announced", "unveiled"},
      {"reported", "disclosed"}, {"officials", "authorities"}, {"official", "representative"},
      {"government", "administration"}, {"people", "residents"}, {"year", "twelve months"},
      {"new", "fresh"}, {"also", "additionally"},
      {"more", "further"}, {"after", "following"}, {"before", "ahead of"}, {"including", "among them"},
      {"percent", "per cent"}, {"city", "town"}, {"country", "nation"}, {"minister", "secretary"},
      {"president", "head of state"}, {"police", "officers"}, {"expected", "forecast"},
      {"plans", "proposals"}, {"plan", "proposal"}, {"week", "seven days"}, {"month", "four weeks"},
      {"however", "nevertheless"}, {"because", "since"}, {"about", "around"}, {"over", "across"},
      {"first", "initial"}, {"last", "previous"}, {"major", "significant"}, {"large", "sizeable"},
      {"small", "modest"}, {"big", "huge"}, {"increase", "rise"}, {"rise", "increase"},
      {"fell", "dropped"}, {"rose", "climbed"}, {"show", "indicate"}, {"showed", "indicated"},
      {"shows", "indicates"}, {"help", "assist"}, {"make", "create"}, {"made", "created"},
      {"take", "assume"}, {"took", "assumed"}, {"group", "organisation"}, {"company", "firm"},
      {"companies", "firms"}, {"public", "general"}, {"local", "regional"}, {"several", "a number of"},
      {"many", "numerous"}, {"number", "total"}, {"began", "started"}, {"begin", "start"},
      {"start", "begin"}, {"started", "began"}, {"ended", "finished"}, {"end", "close"},
      {"meeting", "talks"}, {"talks", "discussions"}, {"agreed", "consented"}, {"agreement", "deal"},
      {"deal", "agreement"}, {"workers", "employees"}, {"staff", "personnel"}, {"need", "require"},
      {"needed", "required"}, {"needs", "requires"}, {"want", "wish"}, {"wanted", "wished"},
      {"called", "described"}, {"warned", "cautioned"}, {"added", "continued"}, {"noted", "observed"},
      {"important", "key"}, {"key", "crucial"}, {"main", "principal"}, {"quickly", "rapidly"},
      {"recently", "lately"}, {"currently", "at present"}, {"still", "yet"}, {"around", "roughly"},
      {"nearly", "almost"}, {"almost", "nearly"}, {"than", "compared with"}, {"but", "yet"},
      {"while", "whereas"}, {"although", "even though"}, {"during", "throughout"}, {"near", "close to"},
      {"across", "throughout"}, {"build", "construct"}, {"built", "constructed"}, {"buy", "purchase"},
      {"bought", "purchased"}, {"sell", "market"}, {"sold", "marketed"}, {"use", "employ"},
      {"used", "employed"}, {"using", "employing"}, {"problem", "issue"}, {"problems", "issues"},
      {"issue", "matter"}, {"result", "outcome"}, {"results", "outcomes"}, {"cost", "price"},
      {"costs", "expenses"}, {"money", "funds"}, {"funding", "financing"}, {"price", "cost"},
      {"prices", "costs"}, {"high", "elevated"}, {"low", "reduced"}, {"higher", "greater"},
      {"lower", "smaller"}, {"early", "initial"}, {"late", "delayed"}, {"later", "subsequently"},
      {"now", "currently"}, {"today", "this day"}, {"area", "district"}, {"region", "territory"},
      {"help", "aid"}, {"support", "backing"}, {"leader", "chief"}, {"leaders", "chiefs"},
      {"team", "squad"}, {"game", "match"}, {"win", "victory"}, {"won", "secured"},
      {"lost", "conceded"}, {"season", "campaign"}, {"players", "athletes"}, {"fans", "supporters"},
      {"scientists", "researchers"}, {"researchers", "scientists"}, {"study", "research"},
      {"found", "discovered"}, {"children", "youngsters"}, {"families", "households"},
      {"home", "house"}, {"homes", "houses"}, {"building", "structure"}, {"road", "street"},
      {"would", "will"}, {"will", "is set to"},
      {"could", "might"}, {"can", "is able to"}, {"should", "ought to"}, {"must", "has to"},
      {"very", "highly"}, {"like", "such as"}, {"such", "similar"}, {"other", "further"},
      {"another", "one more"}, {"each", "every"}, {"every", "each"}, {"between", "among"},
      {"against", "versus"}, {"under", "below"}, {"within", "inside"}, {"without", "lacking"},
      {"among", "amid"}, {"since", "as of"}, {"until", "till"}, {"already", "previously"},
    };
    HashMap<String, String> map = new HashMap<>();
    for (String[] pair : pairs) {
      map.putIfAbsent(pair[0], pair[1]);
    }
    return Map.copyOf(map);
  }
}
