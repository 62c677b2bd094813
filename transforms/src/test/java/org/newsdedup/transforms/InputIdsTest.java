package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Ids are paths as the glob spells them. A matched resource arrives as an absolute path, so each
 * test resolves the relative path itself (against the working directory, as the local filesystem
 * does) to play the part of what {@code FileIO.match()} reports.
 */
class InputIdsTest {
  private static String absolute(String relative) {
    return Path.of(relative).toAbsolutePath().toString();
  }

  @Test
  void aRelativeGlobNamesFilesRelativeToItsFixedFolder() {
    InputIds ids = InputIds.forGlob("testdata/seeds/*.txt");

    assertEquals("testdata/seeds/x.txt", ids.idOf(absolute("testdata/seeds/x.txt")));
  }

  @Test
  void anAbsoluteGlobNamesFilesByTheirAbsolutePath() {
    InputIds ids = InputIds.forGlob("/data/news/in/*.txt");

    assertEquals("/data/news/in/x.txt", ids.idOf("/data/news/in/x.txt"));
  }

  @Test
  void aGlobWithNoFolderNamesFilesByTheirBareName() {
    InputIds ids = InputIds.forGlob("*.txt");

    assertEquals("x.txt", ids.idOf(absolute("x.txt")));
  }

  @Test
  void aDoubleStarGlobKeepsTheSubfoldersBelowItsFixedPart() {
    InputIds ids = InputIds.forGlob("testdata/**/*.txt");

    assertEquals("testdata/seeds/2024/x.txt", ids.idOf(absolute("testdata/seeds/2024/x.txt")));
  }

  @Test
  void aBraceGlobIsFixedOnlyUpToTheFolderBeforeTheBrace() {
    InputIds ids = InputIds.forGlob("testdata/{seeds,more}/*.txt");

    assertEquals("testdata/seeds/a.txt", ids.idOf(absolute("testdata/seeds/a.txt")));
    assertEquals("testdata/more/b.txt", ids.idOf(absolute("testdata/more/b.txt")));
  }

  @Test
  void aWildcardInsideAFileNameKeepsTheWholeFolder() {
    InputIds ids = InputIds.forGlob("testdata/seeds/00?_*.txt");

    assertEquals("testdata/seeds/004_b.txt", ids.idOf(absolute("testdata/seeds/004_b.txt")));
  }

  @Test
  void aGlobWithNoWildcardNamesTheOneFileAsSpelled() {
    InputIds ids = InputIds.forGlob("testdata/seeds/x.txt");

    assertEquals("testdata/seeds/x.txt", ids.idOf(absolute("testdata/seeds/x.txt")));
  }

  @Test
  void aDotSlashGlobKeepsTheDotSlash() {
    InputIds ids = InputIds.forGlob("./testdata/*.txt");

    assertEquals("./testdata/x.txt", ids.idOf(absolute("testdata/x.txt")));
  }

  @Test
  void aResourceOutsideTheGlobsFolderKeepsItsFullName() {
    InputIds ids = InputIds.forGlob("/data/news/in/*.txt");

    assertEquals("/elsewhere/x.txt", ids.idOf("/elsewhere/x.txt"));
  }

  @Test
  void aFolderThatOnlySharesAPrefixIsNotTheGlobsFolder() {
    InputIds ids = InputIds.forGlob("/data/news/*.txt");

    assertEquals("/data/newsroom/x.txt", ids.idOf("/data/newsroom/x.txt"));
  }
}
