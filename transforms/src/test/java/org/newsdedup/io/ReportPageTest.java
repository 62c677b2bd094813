package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsdedup.model.ReportedArticle;
import org.newsdedup.model.ReportedGroup;

class ReportPageTest {
  private static final String ORIGINAL = "Pakistan and Iran agreed on Monday to restore ties.";

  @Test
  void totalsAndEveryHistogramRowAreShown() {
    Map<String, Long> counts = new TreeMap<>();
    counts.put("inputs", 12L);
    counts.put("articles", 10L);
    counts.put("deadLetters", 2L);
    counts.put("deadLettersByReason/empty", 2L);
    counts.put("groups/duplicate", 4L);
    counts.put("groupSizes/duplicate/2", 3L);
    counts.put("groupSizes/duplicate/10", 1L);

    String page = ReportPage.render(counts, List.of());

    assertTrue(page.contains("<tr><th>Inputs</th><td class=\"count\">12</td></tr>"));
    assertTrue(page.contains("<tr><th>Dead letters</th><td class=\"count\">2</td></tr>"));
    assertTrue(page.contains("dead letters: empty</th><td class=\"count\">2</td>"));
    List<String> rows = matches(page, "<tr><td class=\"count\">(\\d+)</td><td class=\"count\">(\\d+)</td>");
    assertEquals(List.of("2:3", "10:1"), rows, "sizes in numeric order, with their group counts");
    assertTrue(page.contains("style=\"width:100.0%\""), "the commonest size has the longest bar");
    assertTrue(page.contains("style=\"width:33.3%\""));
    assertTrue(page.contains("No story groups in this run."));
  }

  @Test
  void aCopyIsShownBesideItsOriginalWithTheDifferencesMarked() {
    ReportedGroup group =
        new ReportedGroup(
            "duplicate-7",
            "duplicate",
            2,
            List.of(
                member("a.txt", "canonical", ORIGINAL),
                member("b.txt", "copy", "Pakistan and Iran agreed on Tuesday to restore ties.")));

    String page = ReportPage.render(Map.of(), List.of(group));

    assertTrue(page.contains("data-group-id=\"duplicate-7\""));
    int original = page.indexOf("data-id=\"a.txt\"");
    int copy = page.indexOf("data-id=\"b.txt\"");
    assertTrue(original > 0 && copy > original, "the canonical article comes first");
    String copyColumn = page.substring(copy);
    assertTrue(copyColumn.contains("<del>Monday</del> <ins>Tuesday</ins>"), copyColumn);
    assertFalse(page.substring(original, copy).contains("<del>"), "the original is shown plain");
    assertTrue(copyColumn.contains("copy, similarity 0.90"));
  }

  @Test
  void largerGroupsComeFirstAndHiddenMembersAreSaid() {
    ReportedGroup small =
        new ReportedGroup("story-b", "story", 2, List.of(member("c.txt", "canonical", ORIGINAL)));
    ReportedGroup large =
        new ReportedGroup("story-a", "story", 40, List.of(member("d.txt", "canonical", ORIGINAL)));

    String page = ReportPage.render(Map.of(), List.of(small, large));

    assertTrue(page.indexOf("story-a") < page.indexOf("story-b"));
    assertTrue(page.contains("40 articles, 1 shown"));
  }

  @Test
  void textFromTheInputIsEscaped() {
    ReportedArticle hostile =
        new ReportedArticle(
            "x\".txt", "<script>alert(1)</script>", "A & B", null, "canonical", 1.0,
            "<img src=x onerror=alert(1)>");

    String page =
        ReportPage.render(Map.of(), List.of(new ReportedGroup("g", "duplicate", 1, List.of(hostile))));

    assertFalse(page.contains("<script>"));
    assertFalse(page.contains("<img"));
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(page.contains("data-id=\"x&quot;.txt\""));
    assertTrue(page.contains("A &amp; B"));
  }

  @Test
  void longTextsAreCutToTheWordsShown() {
    String longText = "word ".repeat(ReportPage.WORDS_SHOWN + 50).strip();

    String page =
        ReportPage.render(
            Map.of(),
            List.of(new ReportedGroup("g", "duplicate", 1, List.of(member("a.txt", "canonical", longText)))));

    assertTrue(page.contains("word ".repeat(ReportPage.WORDS_SHOWN - 1) + "word \u2026"));
    assertFalse(page.contains("word ".repeat(ReportPage.WORDS_SHOWN + 1)));
  }

  @Test
  void equalInputsGiveEqualPages() {
    List<ReportedGroup> groups =
        List.of(new ReportedGroup("g", "duplicate", 1, List.of(member("a.txt", "canonical", ORIGINAL))));
    assertEquals(ReportPage.render(Map.of("inputs", 1L), groups), ReportPage.render(Map.of("inputs", 1L), groups));
  }

  private static ReportedArticle member(String id, String relation, String text) {
    double similarity = relation.equals("canonical") ? 1.0 : 0.9;
    return new ReportedArticle(id, "Title of " + id, "The Gazette", "2024-01-29", relation, similarity, text);
  }

  private static List<String> matches(String page, String regex) {
    Matcher m = Pattern.compile(regex).matcher(page);
    List<String> found = new java.util.ArrayList<>();
    while (m.find()) {
      found.add(m.group(1) + ":" + m.group(2));
    }
    return found;
  }
}
