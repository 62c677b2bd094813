package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.beam.sdk.coders.SortedMapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;
import org.newsdedup.text.ContentHash;

@ExtendWith(TestPipelineExtension.class)
class WriteReportTest {
  @TempDir Path out;

  @Test
  void showsTheLargestGroupsOfEachTierWithTheirMostSimilarMembers(TestPipeline pipeline)
      throws IOException {
    List<Article> articles = new ArrayList<>();
    List<DocumentGroup> groups = new ArrayList<>();
    // Duplicate groups of sizes 2..8: only the five largest (4..8 members) are shown.
    for (int size = 2; size <= 8; size++) {
      List<GroupMember> members = new ArrayList<>();
      for (int m = 0; m < size; m++) {
        String id = "dup" + size + "-" + m + ".txt";
        articles.add(article(id, "Article " + size + " text, copy number " + m + "."));
        members.add(
            new GroupMember(id, m == 0 ? 1.0 : 1.0 - m / 100.0, 1.0, m == 0 ? "canonical" : "copy"));
      }
      groups.add(new DocumentGroup("duplicate-" + size, "duplicate", "dup" + size + "-0.txt", members));
    }
    groups.add(
        new DocumentGroup(
            "story-1",
            "story",
            "dup8-0.txt",
            List.of(
                new GroupMember("dup8-0.txt", 1.0, 1.0, "canonical"),
                new GroupMember("dup2-0.txt", 0.8, 0.7, "same-story"))));
    SortedMap<String, Long> counts = new TreeMap<>();
    counts.put("inputs", (long) articles.size());

    PCollectionTuple.of(WriteResults.ARTICLES, pipeline.apply("Articles", Create.of(articles)))
        .and(WriteResults.GROUPS, pipeline.apply("Groups", Create.of(groups)))
        .apply(
            WriteReport.to(
                out + "/",
                pipeline
                    .apply(
                        "Counts",
                        Create.of(List.<SortedMap<String, Long>>of(counts))
                            .withCoder(SortedMapCoder.of(StringUtf8Coder.of(), VarLongCoder.of())))
                    .apply("CountsView", View.asSingleton())));
    pipeline.run().waitUntilFinish();

    String page = Files.readString(out.resolve(WriteReport.REPORT_FILE));
    assertEquals(
        List.of("duplicate-8", "duplicate-7", "duplicate-6", "duplicate-5", "duplicate-4", "story-1"),
        all(page, "data-group-id=\"([^\"]+)\""));
    String largest = page.substring(page.indexOf("data-group-id=\"duplicate-8\""), page.indexOf("data-group-id=\"duplicate-7\""));
    assertEquals(
        List.of("dup8-0.txt", "dup8-1.txt", "dup8-2.txt", "dup8-3.txt", "dup8-4.txt", "dup8-5.txt"),
        all(largest, "class=\"member\" data-id=\"([^\"]+)\""),
        "the canonical article, then the most similar members, six in all");
    assertTrue(largest.contains("8 articles, 6 shown"));
    assertTrue(largest.contains("<del>0.</del> <ins>1.</ins>"), "a copy's difference is marked");
    String story = page.substring(page.indexOf("data-group-id=\"story-1\""));
    assertEquals(List.of("dup8-0.txt", "dup2-0.txt"), all(story, "class=\"member\" data-id=\"([^\"]+)\""));
    assertFalse(page.contains("data-group-id=\"duplicate-3\""));
  }

  private static Article article(String id, String text) {
    return Article.builder()
        .id(id)
        .source(id)
        .charset("UTF-8")
        .title("Headline of " + id)
        .text(text)
        .wordCount(text.split(" ").length)
        .contentHash(ContentHash.of(text))
        .build();
  }

  private static List<String> all(String page, String regex) {
    Matcher m = Pattern.compile(regex).matcher(page);
    List<String> found = new ArrayList<>();
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }
}
