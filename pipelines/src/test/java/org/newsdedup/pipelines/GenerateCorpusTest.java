package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.eval.GroupingLabel;

class GenerateCorpusTest {
  private static final String TESTDATA = "--testdata=" + Path.of("..", "testdata");

  @TempDir Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int generate(String... args) {
    return GenerateCorpus.execute(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void writesOneFilePerLabel() throws IOException {
    int status = generate("--seed=3", "--out=" + temp, TESTDATA);

    assertEquals(Evaluate.SUCCESS, status, err.toString(StandardCharsets.UTF_8));
    int labels = GroupingLabel.read(temp.resolve(GroupingLabel.FILE)).size();
    try (Stream<Path> docs = Files.list(temp.resolve("docs"))) {
      assertEquals(labels, docs.count());
    }
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("wrote " + labels + " documents"));
  }

  @Test
  void aFolderThatHoldsACorpusIsLeftAlone() throws IOException {
    Files.createDirectories(temp.resolve("docs"));
    Files.writeString(temp.resolve("docs/doc-0001.txt"), "kept");

    assertEquals(Evaluate.BAD_ARGUMENTS, generate("--seed=3", "--out=" + temp, TESTDATA));
    assertEquals("kept", Files.readString(temp.resolve("docs/doc-0001.txt")));
  }

  @Test
  void missingOrUnknownArgumentsAreRefused() {
    assertEquals(Evaluate.BAD_ARGUMENTS, generate("--out=" + temp));
    assertEquals(Evaluate.BAD_ARGUMENTS, generate("--seed=1", "--out=" + temp, "--colour=red"));
    assertEquals(Evaluate.BAD_ARGUMENTS, generate("--seed=x", "--out=" + temp));
  }
}
