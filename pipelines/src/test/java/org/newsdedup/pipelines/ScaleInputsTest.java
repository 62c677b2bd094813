package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two inputs a nightly run meets at scale: one article copied 10,000 times (one exact group, no
 * pairwise work) and 5,000 different articles in one site's page template (no group may span
 * them). Each run prints its summary, whose wallTimeSeconds is the figure in the README. They
 * take minutes on a shared 2-core machine, so they run only with
 * {@code -Dnewsdedup.scaleTests=true}. {@code -Dnewsdedup.scaleRunnerArgs="--runner=FlinkRunner
 * --flinkMaster=[local]"} (with {@code -Pflink}) runs them on another runner.
 */
@EnabledIfSystemProperty(named = "newsdedup.scaleTests", matches = "true")
class ScaleInputsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void tenThousandCopiesOfOneArticleAreOneGroup() throws IOException {
    Path input = temp.resolve("copies");
    BadInputCorpus.writeCopies(input, 10_000);
    Path out = temp.resolve("out");

    assertEquals(
        ExitCode.SUCCESS,
        run("--input=" + input + "/*.txt", "--output=" + out, "--tiers=duplicate"));

    JsonNode summary = summary(out, "10,000 copies");
    assertEquals(10_000, summary.get("articles").asInt());
    List<JsonNode> groups = BadInputTest.readLines(out, "groups");
    assertEquals(1, groups.size());
    assertEquals(10_000, groups.get(0).get("members").size());
  }

  @Test
  void fiveThousandArticlesInOnePageTemplateStayApart() throws IOException {
    Path input = temp.resolve("template");
    BadInputCorpus.writeTemplatePages(input, 5_000);
    Path out = temp.resolve("out");

    assertEquals(
        ExitCode.SUCCESS,
        run("--input=" + input + "/*.txt", "--output=" + out, "--tiers=duplicate"));

    JsonNode summary = summary(out, "5,000 template pages");
    assertEquals(5_000, summary.get("articles").asInt());
    List<JsonNode> groups = BadInputTest.readLines(out, "groups");
    int largest = 0;
    for (JsonNode group : groups) {
      largest = Math.max(largest, group.get("members").size());
    }
    System.out.println(
        "5,000 template pages: " + groups.size() + " groups, the largest of " + largest);
    assertTrue(largest < 10, "the largest group has " + largest + " members");
  }

  private static ExitCode run(String... args) {
    String extra = System.getProperty("newsdedup.scaleRunnerArgs", "").trim();
    List<String> all = new ArrayList<>(List.of(args));
    if (!extra.isEmpty()) {
      all.addAll(List.of(extra.split("\\s+")));
    }
    return BadInputTest.run(all.toArray(String[]::new));
  }

  private static JsonNode summary(Path out, String name) throws IOException {
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    System.out.println(name + ": " + summary.toPrettyString());
    return summary;
  }
}
