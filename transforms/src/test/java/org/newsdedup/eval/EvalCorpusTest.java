package org.newsdedup.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCorpusTest {
  @TempDir Path temp;

  @Test
  void documentsAreThePagesWithGoldSorted() throws IOException {
    EvalCorpus corpus = EvalCorpus.at(TinyCorpus.writeTo(temp));
    Files.writeString(temp.resolve("gold/orphan.txt"), "A gold text with no page.");
    Files.writeString(temp.resolve("pages/notes.md"), "not a page");

    assertEquals(List.of("storm", "talks", "unlabelled"), corpus.pageNames());
    assertEquals(List.of("storm", "talks"), corpus.namesWithGoldText());
    assertEquals(List.of("storm", "talks"), corpus.namesWithGoldMetadata());
  }

  @Test
  void anHtmlPageIsAPageAndItsFileNameSaysSo() throws IOException {
    EvalCorpus corpus = EvalCorpus.at(TinyCorpus.writeTo(temp));
    Files.writeString(temp.resolve("pages/web.html"), "<p>Hello</p>");
    Files.writeString(temp.resolve("gold/web.txt"), "Hello");

    assertEquals(List.of("storm", "talks", "unlabelled", "web"), corpus.pageNames());
    assertEquals(List.of("storm", "talks", "web"), corpus.namesWithGoldText());
    assertEquals("web.html", corpus.pageFileName("web"));
    assertEquals("talks.txt", corpus.pageFileName("talks"));
    assertEquals("<p>Hello</p>", corpus.page("web"));
  }

  @Test
  void pagesAreDecodedAsThePipelineDecodesThem() throws IOException {
    EvalCorpus corpus = EvalCorpus.at(TinyCorpus.writeTo(temp));
    // "café" in windows-1252, which is not valid UTF-8
    Files.write(temp.resolve("pages/latin.txt"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
    Files.write(temp.resolve("pages/empty.txt"), new byte[0]);

    assertEquals("café", corpus.page("latin"));
    assertEquals("", corpus.page("empty"));
    assertEquals(TinyCorpus.TALKS_GOLD, corpus.goldText("talks"));
  }

  @Test
  void aFolderWithoutPagesAndGoldIsNoCorpus() throws IOException {
    Files.createDirectories(temp.resolve("pages"));

    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> EvalCorpus.at(temp));
    assertEquals(temp + " has no gold/ folder", error.getMessage());
  }
}
