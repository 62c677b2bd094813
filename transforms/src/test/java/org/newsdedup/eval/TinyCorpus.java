package org.newsdedup.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two documents whose cleaning the tests know by hand. "talks" loses its breadcrumb, headline and
 * byline and keeps exactly the gold; "storm" loses its headline but keeps a closing line that is
 * not in the gold (a sentence right under the article reads as its last paragraph).
 */
final class TinyCorpus {
  static final String TALKS_GOLD =
      "ISLAMABAD (Reuters) - Pakistan and Iran agreed on Monday to expand security cooperation"
          + " after a week of strikes.\n"
          + "The two foreign ministers met in Islamabad and promised to keep talking.\n";
  static final String TALKS_PAGE =
      "Home News World\n"
          + "Pakistan and Iran agree to work together on security\n"
          + "By Sarah Khan\n"
          + TALKS_GOLD;
  static final String TALKS_METADATA =
      "{\"title\": \"Pakistan and Iran agree to work together on security\","
          + " \"publishedDate\": null, \"authors\": [\"Sarah Khan\"], \"publisher\": null,"
          + " \"agencies\": [\"Reuters\"], \"section\": \"World\", \"language\": \"en\","
          + " \"people\": []}";

  static final String STORM_GOLD =
      "Council workers closed the coast road on Tuesday night after waves threw stones onto the"
          + " carriageway.\n"
          + "Drivers were told to use the inland route until the morning tide has passed.\n";
  static final String STORM_PAGE =
      "Storm closes the coast road for a second night\n"
          + STORM_GOLD
          + "Our reporters are on the ground all week.\n";
  /** The page shows neither this date nor this publisher. */
  static final String STORM_METADATA =
      "{\"title\": \"Storm closes the coast road for a second night\","
          + " \"publishedDate\": \"2024-02-06\", \"authors\": [], \"publisher\": \"The Westbay Echo\","
          + " \"agencies\": [], \"section\": null, \"language\": \"en\","
          + " \"people\": [\"Edith Jones\", \"Sam Ode\"]}";

  private TinyCorpus() {}

  /** Writes both documents, and a page with no gold at all, under {@code root}. */
  static Path writeTo(Path root) throws IOException {
    write(root.resolve("pages/talks.txt"), TALKS_PAGE);
    write(root.resolve("gold/talks.txt"), TALKS_GOLD);
    write(root.resolve("gold/talks.json"), TALKS_METADATA);
    write(root.resolve("pages/storm.txt"), STORM_PAGE);
    write(root.resolve("gold/storm.txt"), STORM_GOLD);
    write(root.resolve("gold/storm.json"), STORM_METADATA);
    write(root.resolve("pages/unlabelled.txt"), "A page nobody has labelled yet.\n");
    return root;
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
