package org.newsdedup.pipelines;

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
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming pipeline watching a real folder on the Direct Runner: files are dropped into it
 * while the job runs (written elsewhere, then moved in, so each appears whole), and the job
 * stops once no new file has appeared for a while.
 */
class NewsDedupStreamingFolderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path temp;

  @Test
  void filesDroppedWhileTheJobRunsAreGroupedAndBadOnesAreDeadLetters() throws Exception {
    Path watched = Files.createDirectories(temp.resolve("incoming"));
    Path staging = Files.createDirectories(temp.resolve("staging"));
    Path out = temp.resolve("out");
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    ExecutorService runner = Executors.newSingleThreadExecutor();
    Future<ExitCode> job =
        runner.submit(
            () ->
                NewsDedupStreaming.execute(
                    new String[] {
                      "--input=" + watched + "/*.txt",
                      "--output=" + out,
                      "--tiers=duplicate",
                      "--pollInterval=PT0.5S",
                      "--stopAfterIdle=PT8S"
                    },
                    System.out,
                    new PrintStream(errors, true, StandardCharsets.UTF_8)));

    List<Path> drops = new ArrayList<>();
    drops.addAll(StreamingFixtures.textFiles(StreamingFixtures.TESTDATA.resolve("seeds")));
    drops.addAll(StreamingFixtures.textFiles(StreamingFixtures.TESTDATA.resolve("unrelated")));
    for (Path file : drops) {
      dropAtomically(Files.readAllBytes(file), file.getFileName().toString(), staging, watched);
      Thread.sleep(300);
    }
    dropAtomically(new byte[0], "empty.txt", staging, watched);

    ExitCode code = job.get(5, TimeUnit.MINUTES);
    runner.shutdown();
    assertEquals(ExitCode.SUCCESS, code, errors.toString(StandardCharsets.UTF_8));

    Map<String, Set<String>> groups = new TreeMap<>();
    for (JsonNode a : lines(out, "assignments-")) {
      groups.computeIfAbsent(a.get("groupId").asText(), g -> new TreeSet<>())
          .add(StreamingFixtures.fileName(a.get("articleId").asText()));
    }
    List<JsonNode> deadLetters = lines(out, "dead-letter-");
    assertEquals(1, deadLetters.size(), deadLetters.toString());
    assertEquals(drops.size(), lines(out, "articles-").size());
    // The page scrape 000 and the agency article 004 are the seeds' one pair of copies.
    assertEquals(
        Set.of(Set.of("000_f4547b695e6a452f.txt", "004_98d0749b56e2a244.txt")),
        Set.copyOf(groups.values()));
    assertTrue(deadLetters.get(0).get("source").asText().endsWith("empty.txt"));
    assertEquals("empty", deadLetters.get(0).get("reason").asText());
  }

  private static void dropAtomically(byte[] bytes, String name, Path staging, Path watched)
      throws IOException {
    Path written = Files.write(staging.resolve(name), bytes);
    Files.move(written, watched.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  private static List<JsonNode> lines(Path folder, String prefix) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        for (String line : Files.readAllLines(file)) {
          lines.add(JSON.readTree(line));
        }
      }
    }
    return lines;
  }
}
