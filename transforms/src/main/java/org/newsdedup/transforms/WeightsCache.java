package org.newsdedup.transforms;

import java.io.Serializable;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.text.ShingleWeights;

/**
 * The {@link ShingleWeights} of the common-shingles side input, built once per DoFn instance
 * rather than for every element: runners hand a DoFn the same side-input object for as long as
 * it is current, and building the lookup table costs time in proportion to its size.
 */
final class WeightsCache implements Serializable {
  private static final long serialVersionUID = 1L;

  private transient CommonShingles source;
  private transient ShingleWeights weights;

  ShingleWeights of(CommonShingles common) {
    if (common != source) {
      weights = new ShingleWeights(common);
      source = common;
    }
    return weights;
  }
}
