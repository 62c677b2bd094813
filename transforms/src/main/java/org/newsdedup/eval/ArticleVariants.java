package org.newsdedup.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The edits that turn an article into another copy of it, as agencies, aggregators and page
 * layouts do: house spelling, a dropped paragraph, a new dateline, a truncated or excerpted
 * body, a split over slideshow pages. Each keeps most of the article's wording, so each result
 * is still a copy (or a contained copy) of the original. Paragraphs are lists of lines.
 */
final class ArticleVariants {
  /** British spellings and their American counterparts. */
  private static final Map<String, String> BRITISH_TO_AMERICAN =
      Map.ofEntries(
          Map.entry("organise", "organize"), Map.entry("organised", "organized"),
          Map.entry("organisation", "organization"), Map.entry("organisations", "organizations"),
          Map.entry("centre", "center"), Map.entry("centres", "centers"),
          Map.entry("colour", "color"), Map.entry("favour", "favor"), Map.entry("labour", "labor"),
          Map.entry("defence", "defense"), Map.entry("programme", "program"),
          Map.entry("programmes", "programs"), Map.entry("travelled", "traveled"),
          Map.entry("analyse", "analyze"), Map.entry("realise", "realize"),
          Map.entry("recognised", "recognized"), Map.entry("criticised", "criticized"),
          Map.entry("neighbour", "neighbor"), Map.entry("neighbours", "neighbors"),
          Map.entry("neighbouring", "neighboring"), Map.entry("honour", "honor"),
          Map.entry("behaviour", "behavior"), Map.entry("licence", "license"),
          Map.entry("metres", "meters"), Map.entry("kilometres", "kilometers"),
          Map.entry("per cent", "percent"), Map.entry("cheque", "check"),
          Map.entry("tonnes", "tons"), Map.entry("modelling", "modeling"),
          Map.entry("cancelled", "canceled"), Map.entry("fulfil", "fulfill"),
          Map.entry("towards", "toward"), Map.entry("whilst", "while"));

  private static final Pattern DATELINE =
      Pattern.compile("^[A-ZÀ-Ý][A-ZÀ-Ý .,'-]{2,40}(?:,? [A-Z][a-z]{2,8}\\.? \\d{1,2})?(?: \\([^)]{2,30}\\))? ?[-–—] ");
  private static final List<String> DATELINES =
      List.of("LONDON (Reuters) - ", "PARIS (AFP) - ", "NEW YORK (AP) — ", "BERLIN (dpa) - ",
          "MADRID (EFE) - ", "SYDNEY (AAP) - ", "NEW DELHI (PTI) - ", "TORONTO (CP) — ");

  private ArticleVariants() {}

  /** The article in the other house style: British spellings American, or the reverse. */
  static List<String> respell(List<String> paragraphs, boolean toAmerican) {
    List<String> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      String text = paragraph;
      for (Map.Entry<String, String> spelling : BRITISH_TO_AMERICAN.entrySet()) {
        String from = toAmerican ? spelling.getKey() : spelling.getValue();
        String to = toAmerican ? spelling.getValue() : spelling.getKey();
        text = text.replaceAll("\\b" + Pattern.quote(from) + "\\b", Matcher.quoteReplacement(to));
      }
      out.add(text);
    }
    return out;
  }

  /** Leaves out one paragraph after the lead, when there are at least four. */
  static List<String> dropParagraph(List<String> paragraphs, Random random) {
    if (paragraphs.size() < 4) {
      return paragraphs;
    }
    List<String> out = new ArrayList<>(paragraphs);
    out.remove(1 + random.nextInt(out.size() - 1));
    return out;
  }

  /** Replaces the lead's dateline with another agency's, or puts one in front. */
  static List<String> redateline(List<String> paragraphs, Random random) {
    List<String> out = new ArrayList<>(paragraphs);
    String lead = out.get(0);
    Matcher dateline = DATELINE.matcher(lead);
    String replacement = DATELINES.get(random.nextInt(DATELINES.size()));
    out.set(0, dateline.lookingAt() ? replacement + lead.substring(dateline.end()) : replacement + lead);
    return out;
  }

  /** The article's first {@code share} of words, cut after the last whole sentence if any. */
  static List<String> truncate(List<String> paragraphs, double share) {
    int budget = (int) Math.ceil(wordCount(paragraphs) * share);
    List<String> out = new ArrayList<>();
    for (String paragraph : paragraphs) {
      int words = wordCount(List.of(paragraph));
      if (words <= budget) {
        out.add(paragraph);
        budget -= words;
        continue;
      }
      if (budget > 0) {
        out.add(firstWords(paragraph, budget));
      }
      break;
    }
    return out;
  }

  /** A run of consecutive paragraphs holding at least {@code share} of the words. */
  static List<String> excerpt(List<String> paragraphs, double share, Random random) {
    int need = (int) Math.ceil(wordCount(paragraphs) * share);
    int start = paragraphs.size() > 1 ? 1 + random.nextInt(Math.max(1, paragraphs.size() / 2)) : 0;
    List<String> out = new ArrayList<>();
    for (int i = start; i < paragraphs.size() && wordCount(out) < need; i++) {
      out.add(paragraphs.get(i));
    }
    for (int i = start - 1; i >= 0 && wordCount(out) < need; i--) {
      out.add(0, paragraphs.get(i));
    }
    return out;
  }

  /** The paragraphs in {@code pages} consecutive runs of about equal length. */
  static List<List<String>> slides(List<String> paragraphs, int pages) {
    List<List<String>> slides = new ArrayList<>();
    int total = wordCount(paragraphs);
    List<String> current = new ArrayList<>();
    int done = 0;
    for (String paragraph : paragraphs) {
      current.add(paragraph);
      done += wordCount(List.of(paragraph));
      if (slides.size() < pages - 1 && done * pages >= total * (slides.size() + 1)) {
        slides.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      slides.add(current);
    }
    return slides;
  }

  static int wordCount(List<String> paragraphs) {
    int words = 0;
    for (String paragraph : paragraphs) {
      words += paragraph.isBlank() ? 0 : paragraph.strip().split("\\s+").length;
    }
    return words;
  }

  private static String firstWords(String paragraph, int words) {
    String[] tokens = paragraph.strip().split("\\s+");
    StringBuilder cut = new StringBuilder();
    for (int i = 0; i < Math.min(words, tokens.length); i++) {
      cut.append(i == 0 ? "" : " ").append(tokens[i]);
    }
    String text = cut.toString();
    int sentenceEnd = Math.max(text.lastIndexOf(". "), text.lastIndexOf("? "));
    return sentenceEnd > text.length() / 2 ? text.substring(0, sentenceEnd + 1) : text + " …";
  }
}
