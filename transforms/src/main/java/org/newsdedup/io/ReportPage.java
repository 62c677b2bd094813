package org.newsdedup.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.ReportedArticle;
import org.newsdedup.model.ReportedGroup;
import org.newsdedup.text.WordDiff;

/**
 * Renders {@code report.html}: a run's counts, the group-size histogram per tier, and the largest
 * groups with their members side by side, each member's words that differ from the canonical
 * article highlighted. A static page with no script and nothing loaded from elsewhere, so it opens
 * anywhere, offline; equal inputs give equal bytes.
 */
public final class ReportPage {
  /** Words of each text shown; the rest of a long article is left out of the page. */
  static final int WORDS_SHOWN = 600;

  private ReportPage() {}

  /**
   * @param counts the run's named counts, as {@link RunSummary} reads them
   * @param groups the groups to show, in any order
   */
  public static String render(Map<String, Long> counts, List<ReportedGroup> groups) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>newsdedup run report</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>newsdedup run report</h1>\n");
    totals(counts, html);
    histograms(counts, html);
    groupSection(
        "Most-copied articles", "duplicate",
        "Copies of one text. Words a copy lacks are struck through; words it adds are highlighted.",
        groups, html);
    groupSection(
        "Largest stories", "story",
        "Rewrites and other reports of one story, compared with the group's canonical article.",
        groups, html);
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void totals(Map<String, Long> counts, StringBuilder html) {
    html.append("<section id=\"totals\">\n<h2>Totals</h2>\n<table>\n");
    row(html, "Inputs", counts.getOrDefault("inputs", 0L));
    row(html, "Articles", counts.getOrDefault("articles", 0L));
    row(html, "Dead letters", counts.getOrDefault("deadLetters", 0L));
    for (Map.Entry<String, Long> count : under(counts, "deadLettersByReason/").entrySet()) {
      row(html, "\u2003dead letters: " + count.getKey(), count.getValue());
    }
    for (Map.Entry<String, Long> count : under(counts, "groups/").entrySet()) {
      row(html, count.getKey() + " groups", count.getValue());
    }
    html.append("</table>\n</section>\n");
  }

  private static void row(StringBuilder html, String name, long value) {
    html.append("<tr><th>").append(escape(name)).append("</th><td class=\"count\">")
        .append(value).append("</td></tr>\n");
  }

  private static void histograms(Map<String, Long> counts, StringBuilder html) {
    html.append("<section id=\"histogram\">\n<h2>Group sizes</h2>\n");
    for (String tier : List.of(DocumentGroup.TIER_DUPLICATE, DocumentGroup.TIER_STORY)) {
      SortedMap<Integer, Long> bySize = new TreeMap<>();
      under(counts, "groupSizes/" + tier + "/")
          .forEach((size, groups) -> bySize.put(Integer.parseInt(size), groups));
      if (bySize.isEmpty()) {
        continue;
      }
      long most = bySize.values().stream().mapToLong(Long::longValue).max().orElse(1);
      html.append("<h3>").append(tier).append(" tier</h3>\n<table class=\"histogram\" data-tier=\"")
          .append(tier).append("\">\n<tr><th>members</th><th>groups</th><th></th></tr>\n");
      bySize.forEach(
          (size, groups) ->
              html.append("<tr><td class=\"count\">").append(size)
                  .append("</td><td class=\"count\">").append(groups)
                  .append("</td><td><div class=\"bar\" style=\"width:")
                  .append(String.format(Locale.ROOT, "%.1f", 100.0 * groups / most))
                  .append("%\"></div></td></tr>\n"));
      html.append("</table>\n");
    }
    html.append("</section>\n");
  }

  private static void groupSection(
      String heading, String tier, String explanation, List<ReportedGroup> groups,
      StringBuilder html) {
    List<ReportedGroup> ofTier = new ArrayList<>();
    for (ReportedGroup group : groups) {
      if (group.tier.equals(tier)) {
        ofTier.add(group);
      }
    }
    ofTier.sort(
        Comparator.comparingInt((ReportedGroup g) -> -g.size).thenComparing(g -> g.groupId));
    html.append("<section id=\"").append(tier).append("-groups\">\n<h2>").append(heading)
        .append("</h2>\n<p>").append(escape(explanation)).append("</p>\n");
    if (ofTier.isEmpty()) {
      html.append("<p class=\"none\">No ").append(tier).append(" groups in this run.</p>\n");
    }
    for (ReportedGroup group : ofTier) {
      group(group, html);
    }
    html.append("</section>\n");
  }

  private static void group(ReportedGroup group, StringBuilder html) {
    ReportedArticle canonical = group.members.get(0);
    html.append("<article class=\"group\" data-group-id=\"").append(escape(group.groupId))
        .append("\" data-size=\"").append(group.size).append("\">\n<h3>")
        .append(escape(canonical.title == null ? canonical.id : canonical.title))
        .append(" <span class=\"size\">").append(group.size).append(" articles");
    if (group.size > group.members.size()) {
      html.append(", ").append(group.members.size()).append(" shown");
    }
    html.append("</span></h3>\n<div class=\"members\">\n");
    String original = firstWords(canonical.text);
    for (ReportedArticle member : group.members) {
      html.append("<div class=\"member\" data-id=\"").append(escape(member.id)).append("\">\n");
      memberHeader(member, html);
      html.append("<div class=\"text\">");
      if (member == canonical) {
        html.append(escape(original));
      } else {
        diff(original, firstWords(member.text), html);
      }
      html.append("</div>\n</div>\n");
    }
    html.append("</div>\n</article>\n");
  }

  private static void memberHeader(ReportedArticle member, StringBuilder html) {
    html.append("<header><div class=\"id\">").append(escape(member.id)).append("</div>");
    if (member.title != null) {
      html.append("<div class=\"title\">").append(escape(member.title)).append("</div>");
    }
    List<String> facts = new ArrayList<>();
    if (member.publisher != null) {
      facts.add(member.publisher);
    }
    if (member.publishedDate != null) {
      facts.add(member.publishedDate);
    }
    facts.add(
        member.relation.equals("canonical")
            ? "canonical"
            : String.format(Locale.ROOT, "%s, similarity %.2f", member.relation, member.similarity));
    html.append("<div class=\"facts\">").append(escape(String.join(" \u00b7 ", facts)))
        .append("</div></header>\n");
  }

  private static void diff(String original, String copy, StringBuilder html) {
    String previous = "\n";
    for (WordDiff.Segment segment : WordDiff.between(original, copy)) {
      if (!previous.endsWith("\n") && !segment.text().startsWith("\n")) {
        html.append(' ');
      }
      previous = segment.text();
      String text = escape(segment.text());
      switch (segment.kind()) {
        case BOTH -> html.append(text);
        case ONLY_LEFT -> html.append("<del>").append(text).append("</del>");
        case ONLY_RIGHT -> html.append("<ins>").append(text).append("</ins>");
      }
    }
  }

  private static String firstWords(String text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord && ++words > WORDS_SHOWN) {
        return text.substring(0, i).strip() + " \u2026";
      }
      inWord = !space;
    }
    return text;
  }

  private static SortedMap<String, Long> under(Map<String, Long> counts, String prefix) {
    SortedMap<String, Long> found = new TreeMap<>();
    counts.forEach(
        (name, count) -> {
          if (name.startsWith(prefix)) {
            found.put(name.substring(prefix.length()), count);
          }
        });
    return found;
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  private static final String STYLE =
      """
      body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
      table { border-collapse: collapse; margin-bottom: 1em; }
      th, td { padding: 0.2em 0.8em; text-align: left; }
      td.count { text-align: right; font-variant-numeric: tabular-nums; }
      table.histogram td:last-child { width: 20em; }
      .bar { background: #4a7bb7; height: 0.9em; min-width: 1px; }
      article.group { border-top: 2px solid #ccc; margin-top: 1.5em; }
      .size { font-weight: normal; color: #666; font-size: 0.8em; }
      .members { display: flex; gap: 1em; overflow-x: auto; align-items: flex-start; }
      .member { flex: 0 0 24em; border: 1px solid #ddd; padding: 0.6em; }
      .member header { border-bottom: 1px solid #eee; margin-bottom: 0.5em; }
      .id { font-family: monospace; font-size: 0.8em; color: #666; word-break: break-all; }
      .title { font-weight: bold; }
      .facts { font-size: 0.85em; color: #555; }
      .text { white-space: pre-wrap; font-size: 0.9em; line-height: 1.4; }
      ins { background: #d4f4d4; text-decoration: none; }
      del { background: #f8d4d4; }
      """;
}
