package org.newsdedup.text;

import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Decides whether two shingle sets are copies of one text, and which kind: {@code copy} when
 * their Jaccard similarity reaches the threshold, {@code contained} when one is (nearly) inside
 * the other, as a truncated or excerpted copy is, even though its Jaccard is low.
 */
public final class CopyJudge implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final String EXACT = "exact";
  public static final String COPY = "copy";
  public static final String CONTAINED = "contained";
  public static final String TRANSITIVE = "transitive";
  public static final String CANONICAL = "canonical";

  private final double minJaccard;
  private final double minContainment;

  /**
   * Both thresholds must lie in (0, 1]. The check is written as "not inside" rather than "below or
   * above" so that NaN, which fails every comparison, is refused too.
   */
  public CopyJudge(double minJaccard, double minContainment) {
    if (!(minJaccard > 0 && minJaccard <= 1) || !(minContainment > 0 && minContainment <= 1)) {
      throw new IllegalArgumentException("thresholds must be in (0, 1]");
    }
    this.minJaccard = minJaccard;
    this.minContainment = minContainment;
  }

  /**
   * The least shared weight at which two sets of these total weights can be copies: Jaccard
   * shared / (a + b - shared) reaches the threshold at {@code minJaccard (a + b) / (1 +
   * minJaccard)}, containment shared / min(a, b) at {@code minContainment min(a, b)}.
   */
  public double minSharedWeight(double a, double b) {
    return Math.min(minJaccard * (a + b) / (1 + minJaccard), minContainment * Math.min(a, b));
  }

  /** The relation the scores show, or null when the pair is not a copy. */
  public @Nullable String relation(SetSimilarity.Scores scores) {
    if (scores.jaccard() >= minJaccard) {
      return COPY;
    }
    if (scores.containment() >= minContainment) {
      return CONTAINED;
    }
    return null;
  }
}
