package org.newsdedup.text;

import java.io.Serializable;
import org.newsdedup.model.IndexEntry;

/**
 * Whether tonight's article and an earlier night's, both known only by their index entries,
 * are copies or reports of one story. Earlier texts are not kept, so copies are judged on the
 * Jaccard similarity their MinHash signatures estimate, and on the containment that estimate
 * and the two shingle counts give ({@link MinHashEstimates}), against the same thresholds as
 * tonight's copies; stories on the cosine of the quantized embeddings ({@link QuantizedVectors}),
 * for articles published within the story window. Copies always count as one story.
 */
public final class CrossNightJudge implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double minJaccard;
  private final double minContainment;
  private final double minCosine;
  private final int windowDays;

  public CrossNightJudge(
      double minJaccard, double minContainment, double minCosine, int windowDays) {
    this.minJaccard = minJaccard;
    this.minContainment = minContainment;
    this.minCosine = minCosine;
    this.windowDays = windowDays;
  }

  /**
   * Same content, or signatures of the same length (made with the same MinHash settings) that
   * estimate a copy.
   */
  public boolean isCopy(IndexEntry a, IndexEntry b) {
    if (a.contentHash.equals(b.contentHash)) {
      return true;
    }
    int[] signatureA = a.signature();
    int[] signatureB = b.signature();
    if (signatureA.length == 0 || signatureA.length != signatureB.length) {
      return false;
    }
    double jaccard = MinHashEstimates.jaccard(signatureA, signatureB);
    return jaccard >= minJaccard
        || MinHashEstimates.containment(jaccard, a.shingleCount, b.shingleCount)
            >= minContainment;
  }

  /** Copies, or embeddings of one model at or above the cosine, published within the window. */
  public boolean isSameStory(IndexEntry a, IndexEntry b) {
    if (isCopy(a, b)) {
      return true;
    }
    byte[] vectorA = a.storyVector();
    byte[] vectorB = b.storyVector();
    if (vectorA.length == 0 || vectorA.length != vectorB.length) {
      return false;
    }
    Long dayA = StoryWindow.epochDay(a.publishedDate);
    Long dayB = StoryWindow.epochDay(b.publishedDate);
    boolean inWindow = dayA == null || dayB == null || Math.abs(dayA - dayB) <= windowDays;
    return inWindow && QuantizedVectors.cosine(vectorA, vectorB) >= minCosine;
  }
}
