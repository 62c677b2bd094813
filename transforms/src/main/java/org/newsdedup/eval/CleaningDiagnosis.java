package org.newsdedup.eval;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.newsdedup.model.RemovedLine;
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CleanedText;
import org.newsdedup.text.CleaningMode;
import org.newsdedup.text.InputFormat;
import org.newsdedup.text.LineNormalizer;
import org.newsdedup.text.Words;

/**
 * Where the cleaner goes wrong on a corpus, line by line: the lines it kept that are not in the
 * gold article (furniture that survived) and the gold lines it removed, with the reason it gave.
 * Gold texts hold page lines verbatim, so a line is in the gold when its normalised text is.
 */
public final class CleaningDiagnosis {
  private static final int SHOWN_CHARS = 140;

  private CleaningDiagnosis() {}

  public static String render(EvalCorpus corpus, CleaningMode mode) throws IOException {
    StringBuilder out = new StringBuilder();
    out.append("Lines the cleaner (").append(mode.label())
        .append(" mode) got wrong: KEPT = kept but not in the gold, LOST = gold line removed\n");
    int kept = 0;
    int lost = 0;
    for (String name : corpus.namesWithGoldText()) {
      Set<String> gold = new HashSet<>(LineNormalizer.lines(corpus.goldText(name)));
      CleanedText cleaned =
          ArticleCleaner.clean(corpus.pageFileName(name), corpus.page(name), InputFormat.AUTO, mode);
      StringBuilder document = new StringBuilder();
      for (String paragraph : cleaned.paragraphs()) {
        if (!gold.contains(paragraph)) {
          document.append("  KEPT  [").append(Words.count(paragraph)).append(" words] ")
              .append(shorten(paragraph)).append('\n');
          kept++;
        }
      }
      for (RemovedLine line : cleaned.removedLines()) {
        if (gold.contains(line.text)) {
          document.append("  LOST  ").append(line.reason).append(" [")
              .append(Words.count(line.text)).append(" words] ").append(shorten(line.text))
              .append('\n');
          lost++;
        }
      }
      if (document.length() > 0) {
        out.append(name).append('\n').append(document);
      }
    }
    out.append(kept).append(" lines kept wrongly, ").append(lost).append(" gold lines lost\n");
    return out.toString();
  }

  private static String shorten(String line) {
    return line.length() <= SHOWN_CHARS ? line : line.substring(0, SHOWN_CHARS) + "…";
  }
}
