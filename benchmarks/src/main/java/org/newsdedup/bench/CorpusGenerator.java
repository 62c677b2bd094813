package org.newsdedup.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A deterministic news corpus of any size for the benchmarks: the same seed and size give the
 * same files, byte for byte. Article text comes from a {@link WordModel} trained on the English
 * gold texts of {@code testdata/eval/gold} and the reports of {@code testdata/unrelated}; each
 * page wraps it in the template of one of {@value SiteChrome#SITES} sites ({@link SiteChrome}).
 *
 * <p>Of the articles, {@value #ORIGINAL_SHARE} are originals; the rest take an earlier original
 * (among the previous {@value #SOURCE_WINDOW} articles, as copies follow news closely) and are an
 * exact copy on another site, a near copy (0.2–4% of words replaced, perhaps a paragraph dropped
 * or added: Jaccard of the cleaned texts' 5-word shingles from about 0.4 to 1, median near 0.8,
 * so many fall on each side of a threshold) or a rewrite (a quarter of words replaced,
 * sentences reordered: Jaccard below 0.25). Each
 * article is generated from its own random stream, so articles are written in parallel, and a
 * copy regenerates its original rather than keeping it in memory.
 */
public final class CorpusGenerator {
  static final double ORIGINAL_SHARE = 0.7;
  static final double EXACT_COPY_SHARE = 0.1;
  static final double NEAR_COPY_SHARE = 0.1;
  static final int SOURCE_WINDOW = 2000;
  static final int FILES_PER_FOLDER = 1000;
  static final String LABELS = "corpus.tsv";
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  /** What an article is. */
  enum Kind { ORIGINAL, EXACT_COPY, NEAR_COPY, REWRITE }

  /** One article: its kind and the original it was made from (itself for an original). */
  record Label(int index, Kind kind, int origin) {}

  private final WordModel model;
  private final long seed;

  CorpusGenerator(WordModel model, long seed) {
    this.model = model;
    this.seed = seed;
  }

  /** A generator trained on the English prose of this {@code testdata/} folder. */
  public static CorpusGenerator fromTestdata(Path testdata, long seed) throws IOException {
    return new CorpusGenerator(WordModel.train(trainingParagraphs(testdata)), seed);
  }

  static List<String> trainingParagraphs(Path testdata) throws IOException {
    List<Path> texts = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> gold = Files.list(testdata.resolve("eval/gold"))) {
      for (Path text : gold.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        Path metadata = Path.of(text.toString().replaceFirst("\\.txt$", ".json"));
        if (Files.exists(metadata) && "en".equals(json.readTree(metadata.toFile()).path("language").asText())) {
          texts.add(text);
        }
      }
    }
    try (Stream<Path> unrelated = Files.list(testdata.resolve("unrelated"))) {
      unrelated.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
    }
    List<String> paragraphs = new ArrayList<>();
    for (Path text : texts) {
      for (String line : Files.readAllLines(text, StandardCharsets.UTF_8)) {
        if (line.split("\\s+").length >= 8) {
          paragraphs.add(line);
        }
      }
    }
    return paragraphs;
  }

  /** The label of article {@code index}: drawn from its own stream, so no article depends on order. */
  Label label(int index) {
    Kind kind = kind(index);
    if (kind == Kind.ORIGINAL) {
      return new Label(index, kind, index);
    }
    SplittableRandom pick = stream(index, 2);
    int candidate = index - 1 - pick.nextInt(Math.min(index, SOURCE_WINDOW));
    while (candidate > 0 && kind(candidate) != Kind.ORIGINAL) {
      candidate--;
    }
    return new Label(index, kind, candidate);
  }

  private Kind kind(int index) {
    double draw = stream(index, 1).nextDouble();
    if (index == 0 || draw < ORIGINAL_SHARE) {
      return Kind.ORIGINAL;
    }
    if (draw < ORIGINAL_SHARE + EXACT_COPY_SHARE) {
      return Kind.EXACT_COPY;
    }
    return draw < ORIGINAL_SHARE + EXACT_COPY_SHARE + NEAR_COPY_SHARE ? Kind.NEAR_COPY : Kind.REWRITE;
  }

  /** The page of article {@code index}. */
  public String page(int index) {
    Label label = label(index);
    Story story = story(label.origin());
    SplittableRandom random = stream(index, 3);
    List<String> paragraphs = story.paragraphs();
    String author = story.author();
    switch (label.kind()) {
      case ORIGINAL -> { }
      case EXACT_COPY -> author = SiteChrome.author(random);
      case NEAR_COPY -> paragraphs = nearCopy(paragraphs, random);
      case REWRITE -> paragraphs = rewrite(paragraphs, random);
    }
    int site = label.kind() == Kind.ORIGINAL ? story.site() : (story.site() + 1 + random.nextInt(SiteChrome.SITES - 1)) % SiteChrome.SITES;
    List<String> related = List.of(model.headline(random), model.headline(random), model.headline(random));
    LocalDate date = story.date().plusDays(label.kind() == Kind.ORIGINAL ? 0 : random.nextInt(2));
    return SiteChrome.site(site).page(story.headline(), author, date, paragraphs, related);
  }

  private record Story(String headline, String author, LocalDate date, int site, List<String> paragraphs) {}

  private Story story(int origin) {
    SplittableRandom random = stream(origin, 0);
    String headline = model.headline(random);
    String author = SiteChrome.author(random);
    LocalDate date = FIRST_DAY.plusDays(origin / 500);
    int site = random.nextInt(SiteChrome.SITES);
    int count = 4 + random.nextInt(7);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      paragraphs.add(paragraph(random));
    }
    return new Story(headline, author, date, site, paragraphs);
  }

  private String paragraph(SplittableRandom random) {
    int sentences = 2 + random.nextInt(4);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      out.append(i == 0 ? "" : " ").append(model.sentence(random));
    }
    return out.toString();
  }

  private List<String> nearCopy(List<String> paragraphs, SplittableRandom random) {
    double replaced = 0.002 + random.nextDouble() * 0.038;
    List<String> edited = new ArrayList<>();
    for (String paragraph : paragraphs) {
      edited.add(replaceWords(paragraph, replaced, random));
    }
    if (edited.size() > 4 && random.nextDouble() < 0.3) {
      edited.remove(random.nextInt(edited.size()));
    }
    if (random.nextDouble() < 0.3) {
      edited.add(paragraph(random));
    }
    return edited;
  }

  private List<String> rewrite(List<String> paragraphs, SplittableRandom random) {
    List<String> rewritten = new ArrayList<>();
    for (String paragraph : paragraphs) {
      List<String> sentences = new ArrayList<>(Arrays.asList(paragraph.split("(?<=[.?!])\\s+")));
      for (int i = sentences.size() - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        String swap = sentences.get(i);
        sentences.set(i, sentences.get(j));
        sentences.set(j, swap);
      }
      rewritten.add(replaceWords(String.join(" ", sentences), 0.25, random));
    }
    return rewritten;
  }

  private String replaceWords(String paragraph, double share, SplittableRandom random) {
    String[] words = paragraph.split(" ");
    for (int i = 0; i < words.length - 1; i++) {
      if (random.nextDouble() < share) {
        words[i] = model.anyWord(random).replaceAll("[.?!]+$", "");
      }
    }
    return String.join(" ", words);
  }

  private SplittableRandom stream(int index, int purpose) {
    return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index * 4L + purpose);
  }

  /** The path of article {@code index} under the corpus folder. */
  static Path file(Path corpus, int index) {
    return corpus.resolve(String.format(Locale.ROOT, "docs/%04d/a%07d.txt", index / FILES_PER_FOLDER, index));
  }

  /** The glob the pipeline reads the corpus with. */
  static String glob(Path corpus) {
    return corpus.resolve("docs").toAbsolutePath() + "/*/*.txt";
  }

  /** Writes {@code count} articles and their labels ({@value #LABELS}) into {@code corpus}. */
  public void write(Path corpus, int count) throws IOException {
    for (int folder = 0; folder * FILES_PER_FOLDER < count; folder++) {
      Files.createDirectories(file(corpus, folder * FILES_PER_FOLDER).getParent());
    }
    IntStream.range(0, count).parallel().forEach(index -> {
      try {
        Files.writeString(file(corpus, index), page(index), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    StringBuilder labels = new StringBuilder("# index\tkind\torigin\n");
    for (int index = 0; index < count; index++) {
      Label label = label(index);
      labels.append(index).append('\t').append(label.kind()).append('\t').append(label.origin()).append('\n');
    }
    Files.writeString(corpus.resolve(LABELS), labels.toString(), StandardCharsets.UTF_8);
  }
}
