package org.newsdedup.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Builds a labelled corpus for measuring the grouping tiers from the real articles in {@code
 * testdata/}: the gold texts of {@code eval/gold/} and the reports of {@code unrelated/} are the
 * source articles, and {@code seeds/} go in as they are. Each source article becomes either a
 * lone distractor (one page, its own copy cluster and story) or a family: the plain article,
 * copies on other outlets' pages ({@link PageChrome}), an agency edit (house spelling, a dropped
 * paragraph, a new dateline and headline), a truncation, an excerpt, a slideshow split over
 * pages (all copies: one duplicate cluster), and for English articles whose words the rewrite
 * rules know well enough, a rule-based rewrite ({@link RuleRewriter}), its own duplicate
 * cluster (perhaps with a copy of its own) in the family's story. What a family gets, its dates and its outlets are drawn from a {@link Random} seeded by
 * the corpus seed and the source's name, so a seed always gives the same corpus.
 */
public final class GroupingCorpusGenerator {
  /** One generated page and its labels. */
  public record Document(String text, GroupingLabel label) {}

  /** An article to build from: its name, headline, language code and paragraphs. */
  record Source(String name, String title, String language, List<String> paragraphs) {}

  static final String DOCS = "docs";
  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);
  private static final int DAYS = 120;
  private static final int MIN_FAMILY_WORDS = 80;
  /**
   * Articles whose words the rewrite rules know less often than this (box scores, match reports)
   * get no rewrite: the rules would leave them mostly copies.
   */
  private static final double MIN_REWORDABLE_SHARE = 0.08;
  private static final List<String> BYLINES =
      List.of("Staff reporter", "Amelia Hart", "Jonas Berg", "Priya Nair", "Tom Okafor",
          "Lucia Ferraro", "Wire staff", "Daniel Moreau");

  /**
   * The seeds' true groups, read by hand: {@code 000} is a scrape of the page that carries the
   * agency article {@code 004} (the same text once cleaned); {@code 002} and {@code 003} retell
   * that article in other words; {@code 001} is another agency's own report. One story.
   */
  private static final List<String[]> SEEDS =
      List.of(
          new String[] {"000_f4547b695e6a452f.txt", "seed-agency"},
          new String[] {"001_fb85a5c55c639259.txt", "seed-other-agency"},
          new String[] {"002_1471c191bc5d37c4.txt", "seed-rewrite-a"},
          new String[] {"003_e21bc084e4004bdf.txt", "seed-rewrite-b"},
          new String[] {"004_98d0749b56e2a244.txt", "seed-agency"});

  private final long seed;
  private final List<Source> sources;

  private GroupingCorpusGenerator(long seed, List<Source> sources) {
    this.seed = seed;
    this.sources = sources;
  }

  /** A generator over the source articles of this {@code testdata/} folder. */
  public static GroupingCorpusGenerator from(Path testdata, long seed) throws IOException {
    return new GroupingCorpusGenerator(seed, readSources(testdata));
  }

  /**
   * The corpus: every family and distractor, then the seeds (when {@code seedsFolder} is not
   * null), shuffled and named {@code doc-NNNN.txt}, so a file's name says nothing of its group.
   */
  public List<Document> generate(@Nullable Path seedsFolder) throws IOException {
    List<Document> documents = new ArrayList<>();
    for (Source source : sources) {
      documents.addAll(new Family(source, new Random(seed * 1_000_003L + source.name().hashCode())).build());
    }
    if (seedsFolder != null) {
      for (String[] seedFile : SEEDS) {
        String text = Files.readString(seedsFolder.resolve(seedFile[0]), StandardCharsets.UTF_8);
        documents.add(document(text, seedFile[1], "seed-story", "seed", "seeds/" + seedFile[0]));
      }
    }
    Collections.shuffle(documents, new Random(seed));
    List<Document> named = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      GroupingLabel l = documents.get(i).label();
      String name = String.format(Locale.ROOT, "doc-%04d.txt", i + 1);
      named.add(new Document(documents.get(i).text(),
          new GroupingLabel(name, l.duplicate(), l.story(), l.kind(), l.source())));
    }
    return named;
  }

  /** Writes {@code docs/doc-NNNN.txt} and {@code labels.tsv} into {@code out}. */
  public static void write(List<Document> documents, Path out) throws IOException {
    Path docs = out.resolve(DOCS);
    Files.createDirectories(docs);
    List<GroupingLabel> labels = new ArrayList<>();
    for (Document document : documents) {
      Files.writeString(docs.resolve(document.label().document()), document.text(), StandardCharsets.UTF_8);
      labels.add(document.label());
    }
    GroupingLabel.write(labels, out.resolve(GroupingLabel.FILE));
  }

  /** The variants of one source article. */
  private final class Family {
    private final Source source;
    private final Random random;
    private final LocalDate day;
    private final List<Document> out = new ArrayList<>();

    Family(Source source, Random random) {
      this.source = source;
      this.random = random;
      this.day = FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    List<Document> build() {
      List<String> paragraphs = source.paragraphs();
      int words = ArticleVariants.wordCount(paragraphs);
      if (words < MIN_FAMILY_WORDS || paragraphs.size() < 2 || random.nextDouble() < 0.2) {
        add("distractor", source.name(), page(source.title(), paragraphs, null));
        return out;
      }
      add("original", source.name(), String.join("\n", paragraphs) + "\n");
      int copies = 1 + random.nextInt(2);
      for (int i = 0; i < copies; i++) {
        add("chrome-copy", source.name(), page(source.title(), paragraphs, null));
      }
      if (random.nextDouble() < 0.6) {
        add("agency-edit", source.name(), page("UPDATE 1-" + source.title(), agencyEdit(paragraphs), null));
      }
      if (random.nextDouble() < 0.5) {
        double share = 0.35 + 0.35 * random.nextDouble();
        add("truncation", source.name(), page(source.title(), ArticleVariants.truncate(paragraphs, share), null));
      }
      if (random.nextDouble() < 0.3) {
        double share = 0.4 + 0.2 * random.nextDouble();
        add("excerpt", source.name(),
            String.join("\n", ArticleVariants.excerpt(paragraphs, share, random)) + "\n");
      }
      if (paragraphs.size() >= 4 && words >= 200 && random.nextDouble() < 0.3) {
        List<List<String>> slides = ArticleVariants.slides(paragraphs, 2 + random.nextInt(2));
        for (int i = 0; i < slides.size(); i++) {
          add("slide", source.name(),
              page(source.title(), slides.get(i), (i + 1) + " / " + slides.size()));
        }
      }
      if ("en".equals(source.language())
          && RuleRewriter.rewordableShare(paragraphs) >= MIN_REWORDABLE_SHARE) {
        addRewrites(paragraphs);
      }
      return out;
    }

    /**
     * At most one rewrite per article: the rules are deterministic, so two rewrites of one text
     * would share most of their new wording and be copies of each other.
     */
    private void addRewrites(List<String> paragraphs) {
      if (random.nextDouble() < 0.3) {
        return;
      }
      List<String> rewritten = RuleRewriter.rewrite(paragraphs, random);
      String headline = RuleRewriter.reword(source.title());
      String cluster = source.name() + "~rewrite";
      add("rewrite", cluster, page(headline, rewritten, null));
      if (random.nextDouble() < 0.4) {
        add("rewrite-copy", cluster, page(headline, rewritten, null));
      }
    }

    private List<String> agencyEdit(List<String> paragraphs) {
      List<String> edited = ArticleVariants.respell(paragraphs, random.nextBoolean());
      if (random.nextBoolean()) {
        edited = ArticleVariants.dropParagraph(edited, random);
      }
      if (random.nextBoolean()) {
        edited = ArticleVariants.redateline(edited, random);
      }
      return edited;
    }

    /** A page on a random outlet, dated within two days of the family's day (or undated). */
    private String page(String headline, List<String> paragraphs, @Nullable String slide) {
      LocalDate date = random.nextDouble() < 0.15 ? null : day.plusDays(random.nextInt(3));
      String byline = random.nextDouble() < 0.3 ? null : BYLINES.get(random.nextInt(BYLINES.size()));
      List<String> related = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        related.add(sources.get(random.nextInt(sources.size())).title());
      }
      return PageChrome.page(
          random.nextInt(PageChrome.outletCount()), headline, byline, date, paragraphs, related, slide);
    }

    private void add(String kind, String duplicate, String text) {
      out.add(document(text, duplicate, source.name(), kind, source.name()));
    }
  }

  private static Document document(
      String text, String duplicate, String story, String kind, String source) {
    return new Document(text, new GroupingLabel("pending", duplicate, story, kind, source));
  }

  /** The gold articles of {@code eval/} and the reports of {@code unrelated/}, by name. */
  static List<Source> readSources(Path testdata) throws IOException {
    List<Source> sources = new ArrayList<>();
    Path gold = testdata.resolve("eval").resolve("gold");
    for (Path text : list(gold, ".txt")) {
      String name = baseName(text);
      GoldMetadata metadata =
          GoldMetadata.parse(Files.readString(gold.resolve(name + ".json")), name + ".json");
      List<String> paragraphs = paragraphs(text);
      String title = metadata.title() != null ? metadata.title() : firstWords(paragraphs.get(0));
      String language = metadata.language() == null ? "und" : metadata.language();
      sources.add(new Source("eval/" + name, title, language, paragraphs));
    }
    for (Path text : list(testdata.resolve("unrelated"), ".txt")) {
      List<String> paragraphs = paragraphs(text);
      sources.add(new Source("unrelated/" + baseName(text), firstWords(paragraphs.get(0)), "en", paragraphs));
    }
    return sources;
  }

  private static List<Path> list(Path folder, String extension) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(extension)).sorted().toList();
    }
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static List<String> paragraphs(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .toList();
  }

  /** A headline for an article that has none: the first eight words of its lead. */
  private static String firstWords(String lead) {
    String[] words = lead.split("\\s+");
    return String.join(" ", List.of(words).subList(0, Math.min(8, words.length)));
  }
}
