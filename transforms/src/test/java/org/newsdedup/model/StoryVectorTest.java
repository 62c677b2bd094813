package org.newsdedup.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.testing.CoderProperties;
import org.apache.beam.sdk.util.CoderUtils;
import org.junit.jupiter.api.Test;

class StoryVectorTest {
  private static final StoryVector DATED =
      new StoryVector("a.txt", "hash-a", "2024-01-29", 440, new float[] {0.6f, -0.8f, 0f, Float.MIN_VALUE});
  private static final StoryVector UNDATED =
      new StoryVector("b.txt", "hash-b", null, 12, new float[] {1f, 0f, 0f, 0f});

  @Test
  void theCoderRoundTripsExactlyAndIsDeterministic() throws Exception {
    Coder<StoryVector> coder = StoryVector.StoryVectorCoder.of();
    coder.verifyDeterministic();
    for (StoryVector value : List.of(DATED, UNDATED)) {
      CoderProperties.coderDecodeEncodeEqual(coder, value);
      CoderProperties.coderDeterministic(coder, value, value);
      assertArrayEquals(
          value.embedding(),
          CoderUtils.decodeFromByteArray(coder, CoderUtils.encodeToByteArray(coder, value))
              .embedding());
    }
  }

  @Test
  void passageVectorsRoundTripExactly() throws Exception {
    Coder<PassageVectors> coder = PassageVectors.PassageVectorsCoder.of();
    PassageVectors value =
        new PassageVectors("a.txt", List.of(new float[] {0.6f, 0.8f}, new float[] {-1f, 0f}));
    coder.verifyDeterministic();
    CoderProperties.coderDecodeEncodeEqual(coder, value);
    CoderProperties.coderDecodeEncodeEqual(coder, new PassageVectors("empty.txt", List.of()));
    assertEquals(2, value.size());
  }

  @Test
  void beamFindsTheCodersByTheirAnnotation() throws Exception {
    CoderRegistry registry = CoderRegistry.createDefault();
    assertEquals(StoryVector.StoryVectorCoder.of(), registry.getCoder(StoryVector.class));
    assertEquals(PassageVectors.PassageVectorsCoder.of(), registry.getCoder(PassageVectors.class));
  }

  @Test
  void valuesCannotBeChangedThroughTheirArrays() {
    float[] embedding = {1f, 0f};
    StoryVector value = new StoryVector("a", "h", null, 1, embedding);
    embedding[0] = 5f;
    value.embedding()[1] = 7f;
    assertArrayEquals(new float[] {1f, 0f}, value.embedding());
  }
}
