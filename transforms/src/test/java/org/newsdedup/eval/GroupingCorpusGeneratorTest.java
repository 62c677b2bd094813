package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupingCorpusGeneratorTest {
  private static final Path TESTDATA =
      Files.isDirectory(Path.of("testdata")) ? Path.of("testdata") : Path.of("../testdata");

  private static List<GroupingCorpusGenerator.Document> corpus(long seed) throws IOException {
    return GroupingCorpusGenerator.from(TESTDATA, seed).generate(TESTDATA.resolve("seeds"));
  }

  @Test
  void theCommittedCorpusIsWhatSeedOneGenerates(@TempDir Path dir) throws IOException {
    GroupingCorpusGenerator.write(corpus(1), dir);
    Path committed = TESTDATA.resolve("grouping");

    assertEquals(
        Files.readString(committed.resolve(GroupingLabel.FILE)),
        Files.readString(dir.resolve(GroupingLabel.FILE)));
    for (GroupingLabel label : GroupingLabel.read(dir.resolve(GroupingLabel.FILE))) {
      Path name = Path.of("docs", label.document());
      assertEquals(
          Files.readString(committed.resolve(name), StandardCharsets.UTF_8),
          Files.readString(dir.resolve(name), StandardCharsets.UTF_8),
          label.document());
    }
  }

  @Test
  void aSeedAlwaysGivesTheSameCorpusAndAnotherSeedAnother() throws IOException {
    assertEquals(corpus(5), corpus(5));
    assertNotEquals(corpus(5), corpus(6));
  }

  @Test
  void labelsNestCopiesInsideStoriesAndNameEveryDocumentOnce() throws IOException {
    List<GroupingCorpusGenerator.Document> documents = corpus(2);
    Set<String> names = new HashSet<>();
    Map<String, String> storyOfCluster = new HashMap<>();
    for (GroupingCorpusGenerator.Document document : documents) {
      GroupingLabel label = document.label();
      assertTrue(names.add(label.document()), "named once: " + label.document());
      String story = storyOfCluster.putIfAbsent(label.duplicate(), label.story());
      assertTrue(story == null || story.equals(label.story()), "a copy cluster lies in one story");
      if (label.kind().startsWith("rewrite")) {
        assertNotEquals(label.story(), label.duplicate(), "a rewrite is not a copy of its source");
      }
    }
    assertTrue(documents.size() >= 150 && documents.size() <= 400, "a few hundred: " + documents.size());
    assertTrue(documents.stream().anyMatch(d -> d.label().kind().equals("rewrite")));
    assertTrue(documents.stream().filter(d -> d.label().kind().equals("seed")).count() == 5);
  }
}
