package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invariant, end to end on the real batch pipeline: over every kind of broken file the run
 * finishes, every input becomes an article or a dead letter with a reason (checked by name),
 * {@code inputs = articles + deadLetters} in summary.json, and each file ends as
 * testdata/expected/bad-input.tsv says.
 */
class BadInputTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void everyBadInputBecomesAnArticleOrADeadLetterAsExpected() throws IOException {
    Path input = temp.resolve("bad-input");
    Map<String, BadInputCorpus.Outcome> expected = new TreeMap<>(BadInputCorpus.copyCommitted(input));
    expected.putAll(BadInputCorpus.generateBig(input));
    assertEquals(
        new TreeSet<>(BadInputCorpus.relativeFiles(input)), expected.keySet(),
        "every file of the corpus has an expected outcome in " + BadInputCorpus.EXPECTED);
    Path out = temp.resolve("out");

    ExitCode code = run("--input=" + input + "/**", "--output=" + out, "--maxDeadLetterRatio=1");

    assertEquals(ExitCode.SUCCESS, code);
    String prefix = input + "/";
    Map<String, JsonNode> articles = byName(readLines(out, "articles"), "id", prefix);
    Map<String, JsonNode> deadLetters = byName(readLines(out, "dead-letter"), "source", prefix);
    Map<String, String> outcomes = new TreeMap<>();
    articles.forEach((name, article) -> outcomes.put(name, "article " + article.get("charset").asText()));
    deadLetters.forEach(
        (name, letter) ->
            outcomes.put(
                name,
                "dead-letter " + letter.get("step").asText() + "/" + letter.get("reason").asText()));
    Map<String, String> expectedOutcomes = new TreeMap<>();
    expected.forEach((name, outcome) -> expectedOutcomes.put(name, outcome.kind() + " " + outcome.detail()));
    assertEquals(expectedOutcomes, outcomes);
    assertEquals(expected.size(), articles.size() + deadLetters.size(), "no input is both");
    expected.forEach(
        (name, outcome) -> {
          if (!outcome.phrase().equals("-")) {
            String text = articles.get(name).get("text").asText();
            assertTrue(text.contains(outcome.phrase()), name + ": " + text);
          }
        });
    for (JsonNode letter : deadLetters.values()) {
      assertFalse(letter.get("detail").asText().isEmpty());
    }
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(expected.size(), summary.get("inputs").asInt());
    assertEquals(articles.size(), summary.get("articles").asInt());
    assertEquals(deadLetters.size(), summary.get("deadLetters").asInt());
  }

  static ExitCode run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ExitCode code =
        NewsDedup.execute(
            args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    if (code != ExitCode.SUCCESS) {
      System.err.println(err.toString(StandardCharsets.UTF_8));
    }
    return code;
  }

  static List<JsonNode> readLines(Path out, String prefix) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (var files = Files.list(out)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix + "-")).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          records.add(JSON.readTree(line));
        }
      }
    }
    return records;
  }

  private static Map<String, JsonNode> byName(List<JsonNode> records, String field, String prefix) {
    Map<String, JsonNode> byName = new TreeMap<>();
    for (JsonNode record : records) {
      String id = record.get(field).asText();
      assertTrue(id.startsWith(prefix), id);
      assertEquals(null, byName.put(id.substring(prefix.length()), record), "one record per input: " + id);
    }
    return byName;
  }
}
