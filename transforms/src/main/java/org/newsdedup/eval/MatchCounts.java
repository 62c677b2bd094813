package org.newsdedup.eval;

/**
 * True positives, false positives and false negatives of one comparison, or summed over several,
 * with precision and recall as the ScrapingHub article-extraction benchmark (also used by
 * trafilatura's evaluation) defines them at the edges: a perfect match, including nothing
 * against nothing, scores 1; nothing extracted against something scores precision 0, and
 * something extracted against nothing scores recall 0.
 */
public record MatchCounts(long truePositives, long falsePositives, long falseNegatives) {
  public static final MatchCounts NONE = new MatchCounts(0, 0, 0);

  public MatchCounts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }

  public MatchCounts plus(MatchCounts other) {
    return new MatchCounts(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** How many items were extracted. */
  public long extracted() {
    return truePositives + falsePositives;
  }

  /** How many items the gold holds. */
  public long gold() {
    return truePositives + falseNegatives;
  }

  public double precision() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1.0;
    }
    return extracted() == 0 ? 0.0 : (double) truePositives / extracted();
  }

  public double recall() {
    if (falsePositives == 0 && falseNegatives == 0) {
      return 1.0;
    }
    return gold() == 0 ? 0.0 : (double) truePositives / gold();
  }

  public double f1() {
    return harmonicMean(precision(), recall());
  }

  /** The F-measure of a precision and a recall; 0 when both are 0. */
  static double harmonicMean(double precision, double recall) {
    return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  }
}
