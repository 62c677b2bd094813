package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.Fingerprint;

@ExtendWith(TestPipelineExtension.class)
class CountCommonShinglesTest {
  /**
   * Text i holds shingles 0 to i - 1 and one of its own (1000 + i): shingle s is in the texts
   * s + 1 to 9, i.e. in 9 - s of them.
   */
  private static List<Fingerprint> staircase() {
    List<Fingerprint> texts = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      long[] shingles = LongStream.concat(LongStream.range(0, i), LongStream.of(1000 + i)).toArray();
      String id = "t" + i;
      texts.add(new Fingerprint(id, "hash-" + i, null, i, shingles));
    }
    return texts;
  }

  @Test
  void listsTheShinglesThatAtLeastTheFloorOfTextsHold(TestPipeline pipeline) {
    PCollectionView<CommonShingles> common =
        pipeline.apply(Create.of(staircase())).apply(CountCommonShingles.atLeast(6));

    // Shingles 0 to 3 are in 9, 8, 7 and 6 texts; shingle 4 in 5, below the floor.
    assertSideInput(
        pipeline, common, new CommonShingles(6, new long[] {0, 1, 2, 3}, new int[] {9, 8, 7, 6}));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void noTextsMeanNoCommonShingles(TestPipeline pipeline) {
    PCollectionView<CommonShingles> common =
        pipeline
            .apply(Create.empty(Fingerprint.FingerprintCoder.of()))
            .apply(CountCommonShingles.atLeast(2));

    assertSideInput(pipeline, common, new CommonShingles(2, new long[0], new int[0]));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aFloorBelowTwoIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> CountCommonShingles.atLeast(1));
  }

  @Test
  void theAccumulatorKeepsEveryShingleThroughMergesAndItsCoder() throws Exception {
    CountCommonShingles.CollectFn collect = new CountCommonShingles.CollectFn(2);
    CountCommonShingles.Table first = collect.createAccumulator();
    for (long s = 40; s > 0; s -= 2) {
      collect.addInput(first, KV.of(s, s + 2));
    }
    CountCommonShingles.Table second = collect.createAccumulator();
    collect.addInput(second, KV.of(-5L, 3L));
    org.apache.beam.sdk.coders.Coder<CountCommonShingles.Table> coder =
        collect.getAccumulatorCoder(null, null);
    CountCommonShingles.Table secondAgain =
        org.apache.beam.sdk.util.CoderUtils.clone(coder, second);

    CommonShingles merged =
        collect.extractOutput(collect.mergeAccumulators(List.of(first, secondAgain)));

    long[] hashes = merged.hashes();
    org.junit.jupiter.api.Assertions.assertEquals(21, hashes.length);
    org.junit.jupiter.api.Assertions.assertEquals(-5L, hashes[0]);
    org.junit.jupiter.api.Assertions.assertEquals(3, merged.textCounts()[0]);
    org.junit.jupiter.api.Assertions.assertEquals(40L, hashes[20]);
    org.junit.jupiter.api.Assertions.assertEquals(42, merged.textCounts()[20]);
  }

  private static void assertSideInput(
      TestPipeline pipeline, PCollectionView<CommonShingles> common, CommonShingles expected) {
    PCollection<CommonShingles> seen =
        pipeline
            .apply("One", Create.of(1))
            .apply("ReadSideInput", ParDo.of(new ReadSideInputFn(common)).withSideInputs(common));
    PAssert.thatSingleton(seen).isEqualTo(expected);
  }

  static final class ReadSideInputFn extends DoFn<Integer, CommonShingles> {
    private final PCollectionView<CommonShingles> common;

    ReadSideInputFn(PCollectionView<CommonShingles> common) {
      this.common = common;
    }

    @ProcessElement
    public void process(ProcessContext context) {
      context.output(context.sideInput(common));
    }
  }
}
