package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the batch pipeline on the files in {@code testdata/}, compared with the hand-checked
 * expectations in {@code testdata/expected/}.
 */
class NewsDedupTest {
  private static final Path TESTDATA = Path.of("..", "testdata");
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void seedsMatchTheHandCheckedExpectations() throws IOException {
    Path out = temp.resolve("out");

    ExitCode code = run("--input=" + TESTDATA.resolve("seeds") + "/*.txt", "--output=" + out);

    assertEquals(ExitCode.SUCCESS, code);
    JsonNode expected = JSON.readTree(TESTDATA.resolve("expected/seeds.json").toFile());
    Map<String, JsonNode> articles = byFileName(readLines(out, "articles"), "id");
    assertEquals(expected.get("inputs").asInt(), articles.size());
    assertEquals(List.of(), readLines(out, "dead-letter"));
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("articles").fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      assertArticle(entry.getKey(), entry.getValue(), articles.get(entry.getKey()));
    }
    List<JsonNode> groups = readLines(out, "groups");
    assertEquals(
        groupsOf(expected.get("duplicateGroups")), groupsOfTier(groups, "duplicate"));
    assertEquals(groupsOf(expected.get("storyGroups")), groupsOfTier(groups, "story"));
    for (JsonNode group : groups) {
      String field = group.get("tier").asText().equals("story") ? "storyGroup" : "duplicateGroup";
      for (JsonNode member : group.get("members")) {
        assertEquals(
            group.get("groupId").asText(),
            articles.get(fileName(member.get("id").asText())).get(field).asText());
      }
    }
    JsonNode story = groups.stream().filter(g -> g.get("tier").asText().equals("story")).findFirst().get();
    assertEquals(expected.get("storyCanonical").asText(), fileName(story.get("canonicalId").asText()));
    Map<String, String> relations = new TreeMap<>();
    story.get("members").forEach(m -> relations.put(fileName(m.get("id").asText()), m.get("relation").asText()));
    Map<String, String> expectedRelations = new TreeMap<>();
    expected.get("storyRelations").fields()
        .forEachRemaining(e -> expectedRelations.put(e.getKey(), e.getValue().asText()));
    assertEquals(expectedRelations, relations);
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(5, summary.get("inputs").asInt());
    assertEquals(5, summary.get("articles").asInt());
    assertEquals(0, summary.get("deadLetters").asInt());
    assertEquals(1, summary.get("groups").get("duplicate").asInt());
    assertEquals(1, summary.get("groupSizes").get("duplicate").get("2").asInt());
    assertEquals(1, summary.get("groups").get("story").asInt());
    assertEquals(1, summary.get("groupSizes").get("story").get("5").asInt());
    assertEquals(0, summary.get("duplicateGroupSplits").get("groups").asInt());
    assertEquals(0, summary.get("duplicateGroupSplits").get("members").asInt());
    // 000 and 004 are one text, so four distinct texts remain to pair: at most six candidates,
    // and no near copy among them (the one duplicate group is the exact pair). Five texts hold
    // no shingle as often as the floor of 50, and fill no bucket of 1,000.
    JsonNode duplicateTier = summary.get("duplicateTier");
    assertTrue(duplicateTier.get("candidatePairs").asInt() <= 6, duplicateTier.toString());
    assertTrue(
        duplicateTier.get("bandPairs").asInt() + duplicateTier.get("anchorPairs").asInt()
            >= duplicateTier.get("candidatePairs").asInt(),
        "every candidate was proposed: " + duplicateTier);
    assertEquals(0, duplicateTier.get("nearCopyEdges").asInt());
    assertEquals(0, duplicateTier.get("commonShingles").asInt());
    assertEquals(0, duplicateTier.get("oversizedBuckets").asInt());
    JsonNode stageSeconds = summary.get("stageSeconds");
    assertEquals(
        List.of("read", "clean", "metadata", "fingerprint", "duplicateGrouping", "storyGrouping", "write"),
        fieldNames(stageSeconds));
    // Embedding five articles takes at least tens of milliseconds, whatever the machine.
    assertTrue(stageSeconds.get("storyGrouping").asDouble() > 0, stageSeconds.toString());
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * Twelve pages, each its own paragraph under a window of one long rotating list of lines that
   * moves two lines on per page: neighbours are copies, so all twelve chain into one component,
   * which is more than --maxGroupSize allows and is split around its canonical page.
   */
  @Test
  void aChainLargerThanMaxGroupSizeIsSplitAndCounted() throws IOException {
    Path input = Files.createDirectories(temp.resolve("chain"));
    List<String> ticker = new ArrayList<>();
    for (int line = 0; line < 60; line++) {
      ticker.add("Market note " + line + ": traders in the harbour district reported that shipment "
          + (line * 7919 % 1000) + " of grain arrived " + (line % 5 == 0 ? "late" : "on time")
          + " after the storm season ended for crew number " + line + ".");
    }
    for (int page = 0; page < 12; page++) {
      List<String> lines = new ArrayList<>();
      lines.add("Page " + page + " reports its own story of the week: the council met " + page
          + " times and agreed on nothing, the chair said after the session closed.");
      lines.addAll(ticker.subList(2 * page, 2 * page + 20));
      Files.write(input.resolve(String.format("page-%02d.txt", page)), lines, StandardCharsets.UTF_8);
    }
    Path out = temp.resolve("out");

    ExitCode code =
        run("--input=" + input + "/*.txt", "--output=" + out, "--tiers=duplicate", "--maxGroupSize=5");

    assertEquals(ExitCode.SUCCESS, code);
    JsonNode splits = JSON.readTree(out.resolve("summary.json").toFile()).get("duplicateGroupSplits");
    assertEquals(1, splits.get("groups").asInt());
    List<JsonNode> groups = readLines(out, "groups");
    int kept = groups.isEmpty() ? 0 : groups.get(0).get("members").size();
    assertTrue(groups.size() <= 1 && kept <= 5, groups.toString());
    assertEquals(12 - kept, splits.get("members").asInt());
  }

  @Test
  void theDuplicateTierAloneFindsNoStories() throws IOException {
    Path out = temp.resolve("out");

    ExitCode code =
        run("--input=" + TESTDATA.resolve("seeds") + "/*.txt", "--output=" + out, "--tiers=duplicate");

    assertEquals(ExitCode.SUCCESS, code);
    List<JsonNode> groups = readLines(out, "groups");
    assertEquals(1, groups.size());
    assertEquals("duplicate", groups.get(0).get("tier").asText());
    for (JsonNode article : readLines(out, "articles")) {
      assertTrue(article.get("storyGroup").isNull());
    }
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertTrue(summary.get("groups").get("story") == null);
    assertTrue(summary.get("stageSeconds").get("storyGrouping") == null);
    assertTrue(summary.get("stageSeconds").has("duplicateGrouping"));
  }

  @Test
  void badCleaningOptionsAreRefusedBeforeAnythingRuns() {
    String input = "--input=" + TESTDATA.resolve("seeds") + "/*.txt";
    String output = "--output=" + temp.resolve("out");
    assertEquals(ExitCode.BAD_ARGUMENTS, run(input, output, "--cleaning=strict"));
    assertEquals(ExitCode.BAD_ARGUMENTS, run(input, output, "--inputFormat=pdf"));
    assertTrue(Files.notExists(temp.resolve("out")));
  }

  @Test
  void badStoryOptionsAreRefusedBeforeAnythingRuns() {
    String input = "--input=" + TESTDATA.resolve("seeds") + "/*.txt";
    String output = "--output=" + temp.resolve("out");
    assertEquals(ExitCode.BAD_ARGUMENTS, run(input, output, "--tiers=story"));
    assertEquals(ExitCode.BAD_ARGUMENTS, run(input, output, "--tiers=duplicate,topic"));
    assertEquals(ExitCode.BAD_ARGUMENTS, run(input, output, "--minCosine=0"));
    assertEquals(ExitCode.BAD_ARGUMENTS, run(input, output, "--minCosine=1.5"));
    assertEquals(ExitCode.BAD_ARGUMENTS, run(input, output, "--storyWindowDays=-1"));
    assertTrue(Files.notExists(temp.resolve("out")));
  }

  @Test
  void badInputBecomesDeadLettersAndEveryInputIsAccountedFor() throws IOException {
    Path in = temp.resolve("in");
    Files.createDirectories(in);
    try (Stream<Path> seeds = Files.list(TESTDATA.resolve("seeds"))) {
      for (Path seed : seeds.toList()) {
        Files.copy(seed, in.resolve(seed.getFileName()));
      }
    }
    for (String bad : List.of("empty.txt", "pixel.png", "latin1-article.txt")) {
      Files.copy(TESTDATA.resolve("bad-input").resolve(bad), in.resolve(bad));
    }
    Path out = temp.resolve("out");

    ExitCode code = run("--input=" + in + "/*", "--output=" + out);

    assertEquals(ExitCode.SUCCESS, code);
    Map<String, JsonNode> articles = byFileName(readLines(out, "articles"), "id");
    Map<String, JsonNode> deadLetters = byFileName(readLines(out, "dead-letter"), "source");
    assertEquals(6, articles.size());
    assertEquals(2, deadLetters.size());
    assertEquals("empty", deadLetters.get("empty.txt").get("reason").asText());
    assertEquals("binary", deadLetters.get("pixel.png").get("reason").asText());
    assertEquals("base64", deadLetters.get("pixel.png").get("inputEncoding").asText());
    assertEquals("ReadArticles", deadLetters.get("pixel.png").get("step").asText());
    JsonNode latin1 = articles.get("latin1-article.txt");
    assertEquals("windows-1252", latin1.get("charset").asText());
    String original =
        new String(Files.readAllBytes(in.resolve("latin1-article.txt")), StandardCharsets.ISO_8859_1);
    String firstParagraph = latin1.get("text").asText().split("\n")[0];
    assertTrue(original.contains(firstParagraph), "decoded text appears in the Latin-1 original");
    assertTrue(firstParagraph.chars().anyMatch(c -> c > 127), "accented letters survive decoding");
    JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
    assertEquals(8, summary.get("inputs").asInt());
    assertEquals(
        summary.get("inputs").asInt(),
        summary.get("articles").asInt() + summary.get("deadLetters").asInt());
    assertEquals(1, summary.get("deadLettersByReason").get("empty").asInt());
    assertEquals(1, summary.get("deadLettersByReason").get("binary").asInt());
  }

  @Test
  void theSameInputGivesByteIdenticalOutput() throws IOException {
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    String input = "--input=" + TESTDATA.resolve("seeds") + "/*.txt";

    assertEquals(ExitCode.SUCCESS, run(input, "--output=" + first));
    assertEquals(ExitCode.SUCCESS, run(input, "--output=" + second, "--outputShards=1"));

    for (String name : List.of("articles-00000-of-00001.jsonl", "groups-00000-of-00001.jsonl")) {
      assertArrayEquals(
          Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
    JsonNode firstSummary = JSON.readTree(first.resolve("summary.json").toFile());
    JsonNode secondSummary = JSON.readTree(second.resolve("summary.json").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) firstSummary).remove("wallTimeSeconds");
    ((com.fasterxml.jackson.databind.node.ObjectNode) secondSummary).remove("wallTimeSeconds");
    ((com.fasterxml.jackson.databind.node.ObjectNode) firstSummary).remove("stageSeconds");
    ((com.fasterxml.jackson.databind.node.ObjectNode) secondSummary).remove("stageSeconds");
    assertEquals(firstSummary, secondSummary);
  }

  @Test
  void shardedOutputSplitsArticlesByIdWithoutLosingAny() throws IOException {
    Path out = temp.resolve("out");

    assertEquals(
        ExitCode.SUCCESS,
        run("--input=" + TESTDATA.resolve("seeds") + "/*.txt", "--output=" + out, "--outputShards=3"));

    List<JsonNode> articles = readLines(out, "articles");
    assertEquals(5, articles.size());
    try (Stream<Path> files = Files.list(out)) {
      assertTrue(
          files.map(p -> p.getFileName().toString())
              .filter(n -> n.startsWith("articles-"))
              .allMatch(n -> n.matches("articles-0000[0-2]-of-00003\\.jsonl")));
    }
  }

  private static void assertArticle(String name, JsonNode expected, JsonNode actual)
      throws IOException {
    assertTrue(actual != null, "article " + name + " is in the output");
    for (String field :
        List.of(
            "title", "publishedDate", "authors", "agencies", "publisher", "section", "dateline",
            "language", "captions")) {
      assertEquals(expected.get(field), actual.get(field), name + " " + field);
    }
    Map<Integer, String> removed = new TreeMap<>();
    for (JsonNode line : actual.get("removedLines")) {
      removed.put(line.get("line").asInt(), line.get("reason").asText());
    }
    Map<Integer, String> expectedRemoved = new TreeMap<>();
    expected.get("removedLines").fields()
        .forEachRemaining(e -> expectedRemoved.put(Integer.parseInt(e.getKey()), e.getValue().asText()));
    assertEquals(expectedRemoved, removed, name + " removedLines");

    String text = actual.get("text").asText();
    assertEquals(keptLines(TESTDATA.resolve("seeds").resolve(name), removed.keySet()), text, name);
    if (expected.has("textSameAs")) {
      Path other = TESTDATA.resolve("seeds").resolve(expected.get("textSameAs").asText());
      assertEquals(keptLines(other, List.of()), text, name + " text equals its copy's");
    }
  }

  /** The input's non-blank lines with whitespace collapsed, minus the given line numbers. */
  private static String keptLines(Path file, java.util.Collection<Integer> removed) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip().replaceAll("\\s+", " ");
      if (!line.isEmpty() && !removed.contains(i + 1)) {
        kept.add(line);
      }
    }
    return String.join("\n", kept);
  }

  private static List<List<String>> groupsOf(JsonNode groups) {
    List<List<String>> result = new ArrayList<>();
    for (JsonNode group : groups) {
      List<String> members = new ArrayList<>();
      group.forEach(m -> members.add(m.asText()));
      result.add(members);
    }
    return result;
  }

  private static List<List<String>> groupsOfTier(List<JsonNode> groups, String tier) {
    List<List<String>> result = new ArrayList<>();
    for (JsonNode group : groups) {
      if (!group.get("tier").asText().equals(tier)) {
        continue;
      }
      List<String> members = new ArrayList<>();
      group.get("members").forEach(m -> members.add(fileName(m.get("id").asText())));
      result.add(members);
    }
    return result;
  }

  private static Map<String, JsonNode> byFileName(List<JsonNode> records, String field) {
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode record : records) {
      assertEquals(null, byName.put(fileName(record.get(field).asText()), record), "unique ids");
    }
    return byName;
  }

  private static String fileName(String id) {
    return Path.of(id).getFileName().toString();
  }

  static List<JsonNode> readLines(Path out, String prefix) throws IOException {
    List<JsonNode> records = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.filter(p -> p.getFileName().toString().startsWith(prefix + "-")).sorted().toList()) {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          records.add(JSON.readTree(line));
        }
      }
    }
    return records;
  }

  static ExitCode run(String... args) {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
    ExitCode code = NewsDedup.execute(args, quiet, quiet);
    if (code != ExitCode.SUCCESS) {
      System.err.println(sink.toString(StandardCharsets.UTF_8));
    }
    return code;
  }
}
