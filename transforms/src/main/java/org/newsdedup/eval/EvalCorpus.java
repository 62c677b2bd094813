package org.newsdedup.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsdedup.text.DecodedText;
import org.newsdedup.text.TextDecoder;

/**
 * An evaluation corpus on disk: {@code pages/NAME.txt} is a scraped input page (or {@code
 * pages/NAME.html}, the page's markup), {@code
 * gold/NAME.txt} the article it holds (one paragraph per line) and {@code gold/NAME.json} the
 * article's metadata. Pages and gold texts are decoded as the pipeline decodes its inputs, so a
 * page reaches the cleaner exactly as it would in a run; a file the decoder rejects (empty,
 * blank, binary) reads as empty text.
 */
public final class EvalCorpus {
  static final String PAGES = "pages";
  static final String GOLD = "gold";
  private static final List<String> PAGE_EXTENSIONS = List.of(".txt", ".html", ".htm");

  private final Path root;

  private EvalCorpus(Path root) {
    this.root = root;
  }

  /** The corpus in {@code root}, which must hold a {@code pages/} and a {@code gold/} folder. */
  public static EvalCorpus at(Path root) {
    for (String folder : List.of(PAGES, GOLD)) {
      if (!Files.isDirectory(root.resolve(folder))) {
        throw new IllegalArgumentException(root + " has no " + folder + "/ folder");
      }
    }
    return new EvalCorpus(root);
  }

  public Path root() {
    return root;
  }

  /** Names of the pages, sorted. */
  public List<String> pageNames() throws IOException {
    List<String> names = new ArrayList<>();
    for (String extension : PAGE_EXTENSIONS) {
      names.addAll(namesIn(root.resolve(PAGES), extension));
    }
    return names.stream().distinct().sorted().toList();
  }

  /** The file name of a page ({@code NAME.txt} or {@code NAME.html}), which says its format. */
  public String pageFileName(String name) {
    for (String extension : PAGE_EXTENSIONS) {
      if (Files.isRegularFile(root.resolve(PAGES).resolve(name + extension))) {
        return name + extension;
      }
    }
    return name + PAGE_EXTENSIONS.get(0);
  }

  /** Names of the pages that have a gold article text, sorted. */
  public List<String> namesWithGoldText() throws IOException {
    return withGold(".txt");
  }

  /** Names of the pages that have gold metadata, sorted. */
  public List<String> namesWithGoldMetadata() throws IOException {
    return withGold(".json");
  }

  public String page(String name) throws IOException {
    return decode(root.resolve(PAGES).resolve(pageFileName(name)));
  }

  public String goldText(String name) throws IOException {
    return decode(root.resolve(GOLD).resolve(name + ".txt"));
  }

  public GoldMetadata goldMetadata(String name) throws IOException {
    Path file = root.resolve(GOLD).resolve(name + ".json");
    return GoldMetadata.parse(Files.readString(file), root.relativize(file).toString());
  }

  private List<String> withGold(String extension) throws IOException {
    List<String> names = new ArrayList<>();
    for (String name : pageNames()) {
      if (Files.isRegularFile(root.resolve(GOLD).resolve(name + extension))) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<String> namesIn(Path folder, String extension) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> file.getFileName().toString())
          .filter(file -> file.endsWith(extension))
          .map(file -> file.substring(0, file.length() - extension.length()))
          .sorted()
          .toList();
    }
  }

  private static String decode(Path file) throws IOException {
    DecodedText decoded = TextDecoder.decode(Files.readAllBytes(file));
    return decoded.isRejected() ? "" : decoded.text();
  }
}
