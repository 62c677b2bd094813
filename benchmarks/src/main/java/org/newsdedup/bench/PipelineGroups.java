package org.newsdedup.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The duplicate groups a pipeline run wrote, as article indexes of the generated corpus. */
final class PipelineGroups {
  private static final Pattern INDEX = Pattern.compile("a(\\d{7})\\.txt$");

  private PipelineGroups() {}

  static List<int[]> duplicateGroups(Path output) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<int[]> groups = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(output)) {
      files = listing.filter(p -> p.getFileName().toString().startsWith("groups-")).sorted().toList();
    }
    for (Path file : files) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        JsonNode group = json.readTree(line);
        if (!"duplicate".equals(group.path("tier").asText())) {
          continue;
        }
        JsonNode members = group.path("members");
        int[] indexes = new int[members.size()];
        for (int i = 0; i < indexes.length; i++) {
          indexes[i] = index(members.get(i).path("id").asText());
        }
        groups.add(indexes);
      }
    }
    return groups;
  }

  /** The group of each article, by index; -1 for an article in no group. */
  static int[] groupOf(List<int[]> groups, int articleCount) {
    int[] groupOf = new int[articleCount];
    java.util.Arrays.fill(groupOf, -1);
    for (int g = 0; g < groups.size(); g++) {
      for (int member : groups.get(g)) {
        groupOf[member] = g;
      }
    }
    return groupOf;
  }

  static int index(String id) {
    Matcher m = INDEX.matcher(id);
    if (!m.find()) {
      throw new IllegalArgumentException("not an article of a generated corpus: " + id);
    }
    return Integer.parseInt(m.group(1));
  }
}
