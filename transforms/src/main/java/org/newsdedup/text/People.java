package org.newsdedup.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the people an article names, without a statistical model: a run of two to four
 * capitalised words is a person when the text marks it as one: a title or role before it ("Judge
 * Patricia Lowe", "substitute Tom Begley"), an age or an apposition after it ("Graham Thorley,
 * 54,", "Hannah Ostrowski, a commodities strategist"), a verb of speech next to it ("said Keith
 * Robb", "Marieke Jansen zegt"), or a common given name first. Runs that hold an organisation or
 * place word ("Carnford Town", "Mill Lane") are not people. Each person is listed once, under the
 * name as first given and without titles; later mentions by surname or in another spelling
 * ("Amir-Abdollahian" for "Hossein Amir Abdollahian") are the same person.
 */
public final class People {
  private static final String PARTICLE =
      "(?:van|von|de|der|den|da|di|del|della|dos|du|al|bin|ibn|ter|ten)";
  /** A capitalised word, an initial ("J.") or a title written with a full stop ("Dr."). */
  private static final String CAPITALISED =
      "(?:(?:Mr|Mrs|Ms|Dr|St|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Rev)\\.|\\p{Lu}\\."
          + "|[\\p{Lu}][\\p{L}\\p{M}'’-]{0,30})";
  /**
   * Every alternative of {@link #CAPITALISED} starts with a capital letter: the look-ahead turns
   * away every other position at once, where the alternation would try each title in turn.
   */
  private static final Pattern RUN =
      Pattern.compile(
          "(?=\\p{Lu})" + CAPITALISED + "(?:\\s(?:" + PARTICLE + "\\s){0,2}" + CAPITALISED + "){0,5}");
  private static final Pattern AFTER_CUE =
      Pattern.compile(
          "^(?:,\\s?\\d{1,3},|\\s?\\(\\d{1,3}\\)|,\\s(?:a|an|the|who|whose|one|its|his|her|their|our|"
              + "un|une|le|la|el|il|o|der|die|een|de|head|chief|director|founder|president|"
              + "minister)\\b|,\\s\\p{Lu}[\\p{L}-]{1,30}['’]s\\s|\\s(?:von der|vom|from the|de la|van de|van het)\\s)");
  private static final Pattern ARABIC_SPEAKER =
      Pattern.compile("(?:^|\\s)و?(?:قال|قالت|أضاف|أضافت|أوضح|أوضحت|أكد|أكدت|ذكر|ذكرت)\\s"
          + "(?:ال\\p{IsArabic}{2,15}\\s)?(\\p{IsArabic}{2,15}\\s\\p{IsArabic}{2,15})،");
  private static final Pattern JAPANESE_NAME =
      Pattern.compile("(\\p{IsHan}{3,5})(?:さん|氏|町長|市長|知事|社長|首相|選手|容疑者|教授|会長|理事長|大臣|部長|議員|監督|被告)");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final int MIN_NAME_WORDS = 2;
  private static final int MAX_NAME_WORDS = 4;
  private static final int CUE_WINDOW_CHARS = 40;

  private People() {}

  /** The people the paragraphs name, in order of first mention. */
  public static List<String> find(List<String> paragraphs) {
    LowerCaseWords lowerCaseWords = new LowerCaseWords(paragraphs);
    Map<String, String> byKey = new LinkedHashMap<>();
    Set<String> aliases = new HashSet<>();
    for (String paragraph : paragraphs) {
      Matcher run = RUN.matcher(paragraph);
      for (int at = Capitals.next(paragraph, 0); at >= 0 && run.find(at);
          at = Capitals.next(paragraph, run.end())) {
        if (isOneWord(paragraph, run.start(), run.end())) {
          continue;
        }
        List<String> words = nameWords(paragraph, run, lowerCaseWords);
        if (words == null) {
          continue;
        }
        String name = String.join(" ", words.subList(wordsTitled(words), words.size()));
        List<String> nameOnly = List.of(name.split(" "));
        if (nameOnly.size() < MIN_NAME_WORDS || nameOnly.size() > MAX_NAME_WORDS
            || aliases.contains(NameKey.of(name))) {
          continue;
        }
        boolean titled = wordsTitled(words) > 0 || titleBefore(paragraph, run.start());
        if (titled || cueAfter(paragraph, run.end()) || speechBefore(paragraph, run.start())
            || FirstNames.isCommon(nameOnly.get(0))) {
          add(byKey, aliases, name);
        }
      }
      addScriptNames(paragraph, byKey, aliases);
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * A run of one word names nobody, since a name has two words at least; most runs are one
   * capitalised word, and leaving them out at once saves reading them as names.
   */
  private static boolean isOneWord(String paragraph, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isWhitespace(paragraph.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static void addScriptNames(String paragraph, Map<String, String> byKey, Set<String> aliases) {
    if (!hasArabicOrHan(paragraph)) {
      return;
    }
    for (Pattern pattern : List.of(ARABIC_SPEAKER, JAPANESE_NAME)) {
      Matcher m = pattern.matcher(paragraph);
      while (m.find()) {
        if (!aliases.contains(NameKey.of(m.group(1)))) {
          add(byKey, aliases, m.group(1));
        }
      }
    }
  }

  private static boolean hasArabicOrHan(String paragraph) {
    for (int i = 0; i < paragraph.length(); i++) {
      char c = paragraph.charAt(i);
      if ((c >= '\u0600' && c <= '\u06FF') || (c >= '\u4E00' && c <= '\u9FFF')) {
        return true;
      }
    }
    return false;
  }

  private static void add(Map<String, String> byKey, Set<String> aliases, String name) {
    byKey.putIfAbsent(NameKey.of(name), name);
    String[] words = name.split(" ");
    for (int from = 0; from < words.length; from++) {
      StringBuilder suffix = new StringBuilder();
      for (int i = from; i < words.length; i++) {
        suffix.append(words[i]);
      }
      aliases.add(NameKey.of(suffix.toString()));
    }
    aliases.add(NameKey.of(words[0] + " " + words[words.length - 1]));
  }

  /**
   * The run's words with a possessive taken off, or null when the run is no person's name: it
   * holds an organisation or place word, an acronym, or starts a sentence with a common word.
   */
  private static List<String> nameWords(
      String paragraph, Matcher run, LowerCaseWords lowerCaseWords) {
    List<String> words = new ArrayList<>();
    for (String word : Spaces.words(run.group())) {
      boolean endsSentence = word.endsWith(".") && word.replace(".", "").length() > 2;
      words.add(endsSentence ? word.substring(0, word.length() - 1) : word);
      if (endsSentence) {
        break;
      }
    }
    String last = POSSESSIVE.matcher(words.get(words.size() - 1)).replaceFirst("");
    words.set(words.size() - 1, last);
    if (sentenceStart(paragraph, run.start()) && words.size() > 1
        && !PersonNames.TITLES.contains(words.get(0).toLowerCase(Locale.ROOT))
        && (lowerCaseWords.contains(words.get(0).toLowerCase(Locale.ROOT))
            || !FirstNames.isCommon(words.get(0)) && FirstNames.isCommon(words.get(1)))) {
      words.remove(0);
    }
    int titled = wordsTitled(words);
    List<String> name = words.subList(titled, words.size());
    if (name.isEmpty() || Character.isLowerCase(name.get(0).codePointAt(0))
        || PersonNames.TITLES.contains(name.get(name.size() - 1).toLowerCase(Locale.ROOT))) {
      return null;
    }
    int particle = firstParticle(name);
    if (particle > 0 && (name.size() > MAX_NAME_WORDS || holdsNonPersonWord(name))) {
      name = name.subList(0, particle);
    }
    return holdsNonPersonWord(name) ? null : words.subList(0, titled + name.size());
  }

  private static int firstParticle(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (Character.isLowerCase(words.get(i).codePointAt(0))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean holdsNonPersonWord(List<String> words) {
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT).replace(".", "");
      boolean acronym = word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
          && word.chars().filter(Character::isLetter).count() >= 2;
      if (PersonNames.NOT_PERSON_WORDS.contains(lower) || acronym
          || Agencies.canonical(word) != null || DateParser.isMonthName(lower)) {
        return true;
      }
    }
    return false;
  }

  /** How many words open the run before the name: titles and roles, up to the last of them. */
  private static int wordsTitled(List<String> words) {
    int titled = 0;
    for (int i = 0; i < words.size() - MIN_NAME_WORDS; i++) {
      if (PersonNames.isTitle(words.get(i))) {
        titled = i + 1;
      }
    }
    while (titled < words.size() - 1 && PersonNames.isTitle(words.get(titled))) {
      titled++;
    }
    return titled;
  }

  private static boolean titleBefore(String paragraph, int start) {
    String before = paragraph.substring(Math.max(0, start - CUE_WINDOW_CHARS), start).strip();
    String[] words = Spaces.words(before);
    String previous = trimmed(words[words.length - 1].toLowerCase(Locale.ROOT));
    return PersonNames.isTitle(previous);
  }

  private static boolean cueAfter(String paragraph, int end) {
    String after = paragraph.substring(end, Math.min(paragraph.length(), end + CUE_WINDOW_CHARS));
    if (AFTER_CUE.matcher(after).find()) {
      return true;
    }
    String next = trimmed(Spaces.words(after)[0].toLowerCase(Locale.ROOT));
    return PersonNames.SPEECH_VERBS.contains(next);
  }

  /** "... said Keith Robb", "said, Keith Robb", "according to Keith Robb". */
  private static boolean speechBefore(String paragraph, int start) {
    String before = paragraph.substring(Math.max(0, start - CUE_WINDOW_CHARS), start).strip()
        .toLowerCase(Locale.ROOT);
    boolean comma = before.endsWith(",");
    int end = comma ? before.length() - 1 : before.length();
    for (String verb : PersonNames.SPEECH_VERBS) {
      int at = end - verb.length();
      if (at >= 0 && before.startsWith(verb, at) && (comma || at == 0 || before.charAt(at - 1) == ' ')) {
        return true;
      }
    }
    return before.endsWith("according to");
  }

  private static String trimmed(String word) {
    int end = word.length();
    while (end > 0 && ",:;.".indexOf(word.charAt(end - 1)) >= 0) {
      end--;
    }
    return word.substring(0, end);
  }

  private static boolean sentenceStart(String paragraph, int start) {
    int i = start - 1;
    while (i >= 0 && (paragraph.charAt(i) == ' ' || "\"“„«'‘(".indexOf(paragraph.charAt(i)) >= 0)) {
      i--;
    }
    return i < 0 || ".!?:;—–-".indexOf(paragraph.charAt(i)) >= 0;
  }

}
