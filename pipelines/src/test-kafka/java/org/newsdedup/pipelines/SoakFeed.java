package org.newsdedup.pipelines;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The soak run's articles, planned before the run: one per slot of a fixed-rate feed. Most are
 * originals, each a new text of real English news sentences from {@code testdata/} (the gold
 * articles of {@code eval/} and the reports of {@code unrelated/}) drawn at random into four
 * paragraphs, so that no two originals are copies of each other. Some originals get copies a few
 * slots later, as a feed sees them: the same text on another page (with a breadcrumb and a
 * "Read more" line the cleaner removes), an edited version (one word in 60 replaced, so that two
 * edited copies are still copies of each other) or a truncated one (the last paragraph dropped).
 * A few get a single copy only after the retention period, which must then match nothing.
 */
final class SoakFeed {
  /** One record of the feed: its slot, its id, the original it copies (its own id if none). */
  record Planned(int slot, String id, String family, String text) {
    boolean isCopy() {
      return !id.equals(family);
    }
  }

  /** The end of the id of a copy that comes after the retention. */
  static final String STALE = "-stale";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’]?)\\s+(?=[\"“A-Z])");
  private static final double COPIED_SHARE = 0.15;
  private static final double STALE_SHARE = 0.03;
  private static final int MAX_COPIES = 3;
  /** Copies come at most this long after their original. */
  static final int MAX_LAG_SECONDS = 60;
  private static final int EDIT_EVERY_WORDS = 60;

  private final List<String> sentences;

  private SoakFeed(List<String> sentences) {
    this.sentences = sentences;
  }

  /** The sentences of the English articles under {@code testdata}. */
  static SoakFeed fromTestdata(Path testdata) throws IOException {
    List<String> sentences = new ArrayList<>();
    Path gold = testdata.resolve("eval").resolve("gold");
    for (Path text : textFiles(gold)) {
      Path metadata = gold.resolve(text.getFileName().toString().replace(".txt", ".json"));
      if ("en".equals(JSON.readTree(metadata.toFile()).path("language").asText())) {
        addSentences(text, sentences);
      }
    }
    for (Path text : textFiles(testdata.resolve("unrelated"))) {
      addSentences(text, sentences);
    }
    return new SoakFeed(sentences);
  }

  int sentenceCount() {
    return sentences.size();
  }

  /**
   * The feed of {@code slots} records at {@code rate} a second: copies at random lags of 5 to 60
   * seconds after their original, stale copies {@code staleLagSeconds} after theirs.
   */
  List<Planned> plan(int slots, int rate, int staleLagSeconds, long seed) {
    Random random = new Random(seed);
    TreeMap<Integer, Planned> bySlot = new TreeMap<>();
    int originals = 0;
    for (int slot = 0; slot < slots; slot++) {
      if (bySlot.containsKey(slot)) {
        continue;
      }
      String id = String.format(Locale.ROOT, "soak-%05d", originals++);
      List<List<String>> paragraphs = paragraphs(random);
      bySlot.put(slot, new Planned(slot, id, id, text(paragraphs)));
      double fate = random.nextDouble();
      if (fate < COPIED_SHARE) {
        int copies = 1 + random.nextInt(MAX_COPIES);
        for (int c = 1; c <= copies; c++) {
          int lag = (5 + random.nextInt(MAX_LAG_SECONDS - 4)) * rate;
          schedule(bySlot, slot + lag, slots, id + "-copy" + c, id, copy(paragraphs, random));
        }
      } else if (fate < COPIED_SHARE + STALE_SHARE) {
        schedule(bySlot, slot + staleLagSeconds * rate, slots, id + STALE, id,
            copy(paragraphs, random));
      }
    }
    return List.copyOf(bySlot.values());
  }

  /** The record as the feed carries it: JSON with the article's id and text. */
  static byte[] record(Planned planned) throws IOException {
    TreeMap<String, String> fields = new TreeMap<>();
    fields.put("id", planned.id());
    fields.put("text", planned.text());
    return JSON.writeValueAsBytes(fields);
  }

  private static void schedule(
      TreeMap<Integer, Planned> bySlot, int wanted, int slots, String id, String family,
      String text) {
    int slot = wanted;
    while (bySlot.containsKey(slot)) {
      slot++;
    }
    if (slot < slots) {
      bySlot.put(slot, new Planned(slot, id, family, text));
    }
  }

  private List<List<String>> paragraphs(Random random) {
    List<List<String>> paragraphs = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      List<String> paragraph = new ArrayList<>();
      for (int s = 0; s < 3; s++) {
        paragraph.add(sentences.get(random.nextInt(sentences.size())));
      }
      paragraphs.add(paragraph);
    }
    return paragraphs;
  }

  private String copy(List<List<String>> paragraphs, Random random) {
    return switch (random.nextInt(3)) {
      case 0 -> "Home > World > Europe\n" + text(paragraphs) + "\nRead more: the latest news\n";
      case 1 -> edited(text(paragraphs), random);
      default -> text(paragraphs.subList(0, paragraphs.size() - 1));
    };
  }

  private String edited(String text, Random random) {
    String[] words = text.split(" ");
    for (int w = random.nextInt(EDIT_EVERY_WORDS); w < words.length; w += EDIT_EVERY_WORDS) {
      String[] donor = sentences.get(random.nextInt(sentences.size())).split(" ");
      String replacement = donor[random.nextInt(donor.length)];
      // The paragraph break inside a "word" is kept, so the copy keeps the layout.
      words[w] = words[w].contains("\n") ? words[w] : replacement.replace("\n", "");
    }
    return String.join(" ", words);
  }

  private static String text(List<List<String>> paragraphs) {
    StringBuilder text = new StringBuilder();
    for (List<String> paragraph : paragraphs) {
      text.append(String.join(" ", paragraph)).append('\n');
    }
    return text.toString();
  }

  private static void addSentences(Path file, List<String> sentences) throws IOException {
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      for (String sentence : SENTENCE_END.split(line.strip())) {
        // Long enough to be a sentence of the story, not a dateline or a credit.
        if (sentence.split(" ").length >= 8) {
          sentences.add(sentence);
        }
      }
    }
  }

  private static List<Path> textFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
  }
}
