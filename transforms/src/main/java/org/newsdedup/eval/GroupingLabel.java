package org.newsdedup.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The true groups of one document of a grouping corpus: the copy cluster it belongs to
 * ({@code duplicate}), the story it reports ({@code story}), how it was made ({@code kind}) and
 * from which source article ({@code source}). A corpus lists them in {@code labels.tsv}, one
 * document a line, tab-separated in that order after the document's file name; lines starting
 * with {@code #} are comments.
 */
public record GroupingLabel(
    String document, String duplicate, String story, String kind, String source) {
  public static final String FILE = "labels.tsv";
  private static final String HEADER = "# document\tduplicate\tstory\tkind\tsource";

  public GroupingLabel {
    for (String field : List.of(document, duplicate, story, kind, source)) {
      if (field.isBlank() || field.contains("\t") || field.contains("\n")) {
        throw new IllegalArgumentException("a label field is blank or holds a tab: " + field);
      }
    }
  }

  /** Reads a labels file; a line without five fields is an error naming the line. */
  public static List<GroupingLabel> read(Path file) throws IOException {
    List<GroupingLabel> labels = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length != 5) {
        throw new IOException(file + " line " + (i + 1) + ": expected 5 tab-separated fields");
      }
      try {
        labels.add(new GroupingLabel(fields[0], fields[1], fields[2], fields[3], fields[4]));
      } catch (IllegalArgumentException e) {
        throw new IOException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return labels;
  }

  public static void write(List<GroupingLabel> labels, Path file) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    for (GroupingLabel label : labels) {
      lines.add(String.join("\t", label.document, label.duplicate, label.story, label.kind, label.source));
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
