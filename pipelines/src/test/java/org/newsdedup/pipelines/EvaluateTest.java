package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evaluation command on a one-document corpus. The cleaner drops the page's breadcrumb,
 * headline and byline and keeps exactly the gold: 29 words, 26 shingles. The raw page has those
 * 15 words more, 44 words and 41 shingles, all 26 gold shingles among them: P = 26/41 = 0.634,
 * R = 1, F1 = 2 * 26/41 / (26/41 + 1) = 52/67 = 0.776.
 */
class EvaluateTest {
  private static final String GOLD =
      "ISLAMABAD (Reuters) - Pakistan and Iran agreed on Monday to expand security cooperation"
          + " after a week of strikes.\n"
          + "The two foreign ministers met in Islamabad and promised to keep talking.\n";
  private static final String PAGE =
      "Home News World\n"
          + "Pakistan and Iran agree to work together on security\n"
          + "By Sarah Khan\n"
          + GOLD;
  private static final String METADATA =
      "{\"title\": \"Pakistan and Iran agree to work together on security\","
          + " \"publishedDate\": null, \"authors\": [\"Sarah Khan\"], \"publisher\": null,"
          + " \"agencies\": [\"Reuters\"], \"section\": \"World\", \"language\": \"en\","
          + " \"people\": [\"Hossein Amirabdollahian\"]}";

  @TempDir Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int evaluate(String... args) {
    return Evaluate.execute(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String printed() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private Path corpus() throws IOException {
    Files.createDirectories(temp.resolve("pages"));
    Files.createDirectories(temp.resolve("gold"));
    Files.writeString(temp.resolve("pages/talks.txt"), PAGE);
    Files.writeString(temp.resolve("gold/talks.txt"), GOLD);
    Files.writeString(temp.resolve("gold/talks.json"), METADATA);
    return temp;
  }

  @Test
  void cleaningPrintsTheDocumentThenTheAveragesThenTheRawBaseline() throws IOException {
    int status = evaluate("cleaning", corpus().toString());

    String report = printed();
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(report.contains("talks       1.000  1.000  1.000    0.634  1.000  0.776"), report);
    int averages = report.indexOf("cleaned   P 1.000  R 1.000  F1 1.000");
    int baseline = report.indexOf("raw page  P 0.634  R 1.000  F1 0.776");
    assertTrue(averages > report.indexOf("talks  "), report);
    assertTrue(baseline > averages, report);
    int modes = report.indexOf("Averages by cleaning mode");
    assertTrue(modes > baseline, report);
    for (String mode : new String[] {"balanced ", "precision", "recall   "}) {
      assertTrue(report.indexOf(mode + "  P ", modes) > modes, mode + "\n" + report);
    }
  }

  @Test
  void cleaningWithLinesListsWhatWentWrongLineByLine() throws IOException {
    Path dir = corpus();
    // A closing sentence under the article reads as its last paragraph, but the gold leaves it out.
    Files.writeString(
        dir.resolve("pages/talks.txt"), PAGE + "Our reporters are on the ground all week.\n");

    int status = evaluate("cleaning", dir.toString(), "--lines");

    String report = printed();
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(report.contains("talks\n  KEPT  [8 words] Our reporters are on the ground all week.\n"),
        report);
    assertTrue(report.contains("1 lines kept wrongly, 0 gold lines lost"), report);
  }

  @Test
  void metadataPrintsEachFieldAndSaysPeopleAreNotExtracted() throws IOException {
    int status = evaluate("metadata", corpus().toString());

    String report = printed();
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
    assertTrue(report.contains("title          accuracy 1.000   (1 of 1)"), report);
    assertTrue(report.contains("section        accuracy 1.000   (1 of 1)"), report);
    assertTrue(report.contains("agencies       P 1.000  R 1.000  F1 1.000"), report);
    assertTrue(
        report.contains("people         P 0.000  R 0.000  F1 0.000   (micro: 0 matched, 0 extra, 1 missed)"),
        report);
  }

  @Test
  void badArgumentsExitWithTwoAndRunNothing() throws IOException {
    Path corpus = corpus();
    assertEquals(2, evaluate());
    assertEquals(2, evaluate("cleaning"));
    assertEquals(2, evaluate("ranking", corpus.toString()));
    assertEquals(2, evaluate("grouping"));
    assertEquals(2, evaluate("cleaning", corpus.resolve("missing").toString()));
    assertEquals(2, evaluate("metadata", corpus.resolve("pages").toString()));
    assertEquals(2, evaluate("cleaning", corpus.toString(), "extra"));
    assertEquals("", printed());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("usage: newsdedup evaluate"));
  }

  @Test
  void aCorpusWithNoPagesIsABadArgument() throws IOException {
    Files.createDirectories(temp.resolve("pages"));
    Files.createDirectories(temp.resolve("gold"));

    assertEquals(2, evaluate("cleaning", temp.toString()));
  }

  @Test
  void aMalformedGoldFileExitsWithOneNamingTheFile() throws IOException {
    Path corpus = corpus();
    Files.writeString(corpus.resolve("gold/talks.json"), "{\"title\": \"Pakistan\"}");

    assertEquals(1, evaluate("metadata", corpus.toString()));
    assertTrue(
        err.toString(StandardCharsets.UTF_8).contains("gold/talks.json: missing \"publishedDate\""),
        err.toString(StandardCharsets.UTF_8));
  }
}
