package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupingLabelTest {
  @Test
  void labelsSurviveAWriteAndARead(@TempDir Path dir) throws IOException {
    List<GroupingLabel> labels =
        List.of(
            new GroupingLabel("doc-0001.txt", "eval/01", "eval/01", "original", "eval/01"),
            new GroupingLabel("doc-0002.txt", "eval/01~rewrite", "eval/01", "rewrite", "eval/01"));
    Path file = dir.resolve(GroupingLabel.FILE);

    GroupingLabel.write(labels, file);

    assertTrue(Files.readString(file).startsWith("# document\tduplicate"));
    assertEquals(labels, GroupingLabel.read(file));
  }

  @Test
  void aLineWithoutFiveFieldsNamesItsLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve(GroupingLabel.FILE);
    Files.writeString(file, "# header\ndoc-1.txt\tA\tS\toriginal\tsrc\ndoc-2.txt\tA\n");

    IOException error = assertThrows(IOException.class, () -> GroupingLabel.read(file));

    assertTrue(error.getMessage().contains("line 3"), error.getMessage());
  }

  @Test
  void aBlankFieldIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new GroupingLabel("d", " ", "S", "k", "s"));
  }
}
