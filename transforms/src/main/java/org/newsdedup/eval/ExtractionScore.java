package org.newsdedup.eval;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdedup.text.Words;

/**
 * How well an extracted text matches the gold article, measured the way public
 * article-extraction benchmarks do (ScrapingHub's article-extraction-benchmark, reused by
 * trafilatura): both texts become bags (multisets) of shingles of {@value #SHINGLE_SIZE}
 * consecutive word tokens, and a shingle counts as matched as many times as it occurs in both.
 * Precision is matched / extracted shingles, recall matched / gold shingles, F1 their harmonic
 * mean.
 *
 * <p>Tokens are {@link Words#tokens}, so lower-cased (the benchmark's {@code \w+} tokens keep
 * case). A text of fewer than {@value #SHINGLE_SIZE} tokens is one shingle of all its tokens, as
 * in the benchmark. The edges follow {@link MatchCounts}: both texts empty score 1, 1, 1; an
 * empty extraction against a non-empty gold scores precision 0 and recall 0; a non-empty
 * extraction against an empty gold scores 0, 0 as well.
 */
public final class ExtractionScore {
  public static final int SHINGLE_SIZE = 4;

  private final MatchCounts counts;

  private ExtractionScore(MatchCounts counts) {
    this.counts = counts;
  }

  public static ExtractionScore of(String extracted, String gold) {
    Map<String, Integer> extractedBag = shingleBag(extracted);
    Map<String, Integer> goldBag = shingleBag(gold);
    long matched = 0;
    for (Map.Entry<String, Integer> shingle : extractedBag.entrySet()) {
      matched += Math.min(shingle.getValue(), goldBag.getOrDefault(shingle.getKey(), 0));
    }
    long extractedCount = size(extractedBag);
    long goldCount = size(goldBag);
    return new ExtractionScore(
        new MatchCounts(matched, extractedCount - matched, goldCount - matched));
  }

  /** Each shingle, its tokens joined by a space (tokens never hold one), with its count. */
  static Map<String, Integer> shingleBag(String text) {
    List<String> tokens = Words.tokens(text);
    Map<String, Integer> bag = new HashMap<>();
    if (tokens.isEmpty()) {
      return bag;
    }
    int shingles = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
    for (int start = 0; start < shingles; start++) {
      String shingle =
          String.join(" ", tokens.subList(start, Math.min(start + SHINGLE_SIZE, tokens.size())));
      bag.merge(shingle, 1, Integer::sum);
    }
    return bag;
  }

  private static long size(Map<String, Integer> bag) {
    long size = 0;
    for (int count : bag.values()) {
      size += count;
    }
    return size;
  }

  public MatchCounts counts() {
    return counts;
  }

  public double precision() {
    return counts.precision();
  }

  public double recall() {
    return counts.recall();
  }

  public double f1() {
    return counts.f1();
  }

  /** Whether anything was extracted at all. */
  public boolean hasExtractedText() {
    return counts.extracted() > 0;
  }

  /** Whether the gold holds any article text. */
  public boolean hasGoldText() {
    return counts.gold() > 0;
  }
}
