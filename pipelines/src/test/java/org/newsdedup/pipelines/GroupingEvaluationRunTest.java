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
 * {@code evaluate grouping} on a three-document corpus: an article, its copy with one word
 * changed (Jaccard well above 0.5), and an unrelated article. The duplicate tier should pair the
 * first two and nothing else: one true pair, one predicted, P = R = F1 = 1.
 */
class GroupingEvaluationRunTest {
  private static final String ARTICLE =
      "The regional council approved a plan on Tuesday to reopen the old ferry line between the"
          + " two harbour towns, closed since a storm damaged its pier three years ago.\n"
          + "Work on the pier will begin in the spring, and the first crossings are planned for"
          + " the following summer, a council spokeswoman said after the vote.\n";
  private static final String UNRELATED =
      "Shares of the chipmaker rose sharply in late trading after the company reported quarterly"
          + " revenue well above forecasts, driven by demand from data centres.\n"
          + "The chief executive said a new factory would start production next spring.\n";

  @TempDir Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int evaluate(String... args) {
    return Evaluate.execute(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void aCopyPairIsFoundAndNothingElse() throws IOException {
    Path docs = Files.createDirectories(temp.resolve("docs"));
    Files.writeString(docs.resolve("a.txt"), ARTICLE);
    Files.writeString(docs.resolve("b.txt"), ARTICLE.replace("spring", "autumn"));
    Files.writeString(docs.resolve("c.txt"), UNRELATED);
    Files.writeString(
        temp.resolve("labels.tsv"),
        "a.txt\tferry\tferry\toriginal\tferry\n"
            + "b.txt\tferry\tferry\tchrome-copy\tferry\n"
            + "c.txt\tchip\tchip\tdistractor\tchip\n");

    int status = evaluate("grouping", temp.toString(), "--tiers=duplicate");

    assertEquals(Evaluate.SUCCESS, status, err.toString(StandardCharsets.UTF_8));
    String report = out.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("duplicate          1         1         1  1.0000  1.0000  1.0000  1.0000"), report);
  }

  @Test
  void aMissingLabelsFileIsReported() {
    int status = evaluate("grouping", temp.toString());

    assertEquals(Evaluate.UNREADABLE_CORPUS, status);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("labels.tsv"));
  }
}
