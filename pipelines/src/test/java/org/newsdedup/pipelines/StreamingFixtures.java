package org.newsdedup.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.newsdedup.model.Assignment;
import org.newsdedup.model.RawDocument;
import org.newsdedup.text.DecodedText;
import org.newsdedup.text.TextDecoder;

/** Real articles and the comparison of groups, for the streaming pipeline's tests. */
final class StreamingFixtures {
  static final Path TESTDATA = Path.of("..", "testdata");
  private static final ObjectMapper JSON = new ObjectMapper();

  private StreamingFixtures() {}

  /** The files of a testdata folder as documents named by file name, decoded as files are. */
  static List<RawDocument> documents(String folder) {
    List<RawDocument> documents = new ArrayList<>();
    for (Path file : textFiles(TESTDATA.resolve(folder))) {
      documents.add(document(file.getFileName().toString(), read(file)));
    }
    return documents;
  }

  static RawDocument document(String id, byte[] bytes) {
    DecodedText decoded = TextDecoder.decode(bytes);
    return new RawDocument(id, id, decoded.charset(), decoded.text());
  }

  static List<Path> textFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The groups the assignments end with, per tier: each article's assignment with the highest
   * sequence of its tier is its current one. Members are named by file name.
   */
  static Map<String, Set<Set<String>>> finalGroups(Iterable<Assignment> assignments) {
    Map<String, Assignment> current = new HashMap<>();
    for (Assignment a : assignments) {
      String key = a.tier + " " + a.articleId;
      Assignment seen = current.get(key);
      if (seen == null || a.sequence > seen.sequence) {
        current.put(key, a);
      }
    }
    Map<String, Map<String, Set<String>>> byTier = new TreeMap<>();
    for (Assignment a : current.values()) {
      byTier
          .computeIfAbsent(a.tier, t -> new TreeMap<>())
          .computeIfAbsent(a.groupId, g -> new TreeSet<>())
          .add(fileName(a.articleId));
    }
    Map<String, Set<Set<String>>> groups = new TreeMap<>();
    byTier.forEach((tier, members) -> groups.put(tier, Set.copyOf(members.values())));
    return groups;
  }

  /** The groups of a batch run's groups-*.jsonl files, per tier, members by file name. */
  static Map<String, Set<Set<String>>> batchGroups(Path output) throws IOException {
    Map<String, Set<Set<String>>> groups = new TreeMap<>();
    try (Stream<Path> files = Files.list(output)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith("groups-")).toList()) {
        for (String line : Files.readAllLines(file)) {
          JsonNode group = JSON.readTree(line);
          Set<String> members = new TreeSet<>();
          group.get("members").forEach(m -> members.add(fileName(m.get("id").asText())));
          groups.computeIfAbsent(group.get("tier").asText(), t -> new java.util.HashSet<>()).add(members);
        }
      }
    }
    groups.replaceAll((tier, set) -> Set.copyOf(set));
    return groups;
  }

  static String fileName(String id) {
    return id.substring(id.lastIndexOf('/') + 1);
  }
}
