package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.text.Shards;

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
  void countsSentInManyBatchesFromSeveralBundlesAddUp(TestPipeline pipeline) {
    List<Fingerprint> texts = staircase();
    // Two inputs are two bundles at least; tables of 3 shingles send every text's counts on in
    // batches of one or two shingles, so each shingle's count arrives in many pieces.
    PCollectionView<CommonShingles> common =
        PCollectionList.of(pipeline.apply("FirstTexts", Create.of(texts.subList(0, 4))))
            .and(pipeline.apply("OtherTexts", Create.of(texts.subList(4, 9))))
            .apply("AllTexts", Flatten.pCollections())
            .apply(CountCommonShingles.atLeast(6).sendingEvery(3));

    assertSideInput(
        pipeline, common, new CommonShingles(6, new long[] {0, 1, 2, 3}, new int[] {9, 8, 7, 6}));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void shinglesOfEveryShardAreCountedInTheirShard(TestPipeline pipeline) {
    // 60 texts share 300 shingles spread over the shards; texts 0 to 49 also share shingle -7 and
    // texts 0 to 48 shingle -8; each text has one shingle of its own.
    long[] shared = LongStream.range(1, 301).map(k -> k * 0x9E3779B97F4A7C15L).toArray();
    List<Fingerprint> texts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      LongStream own = LongStream.of(-1_000 - i);
      LongStream sharers =
          i < 49 ? LongStream.of(-7, -8) : i < 50 ? LongStream.of(-7) : LongStream.empty();
      long[] shingles =
          LongStream.concat(LongStream.concat(LongStream.of(shared), own), sharers)
              .sorted()
              .toArray();
      texts.add(new Fingerprint("t" + i, "hash-" + i, null, 400, shingles));
    }
    PCollectionView<CommonShingles> common =
        pipeline.apply(Create.of(texts)).apply(CountCommonShingles.atLeast(50).sendingEvery(100));

    assertTrue(
        LongStream.of(shared).map(s -> Shards.of(s, Shards.DEFAULT_COUNT)).distinct().count() > 100);
    long[] expectedHashes =
        LongStream.concat(LongStream.of(shared), LongStream.of(-7)).sorted().toArray();
    int[] expectedCounts = new int[expectedHashes.length];
    for (int i = 0; i < expectedHashes.length; i++) {
      expectedCounts[i] = expectedHashes[i] == -7 ? 50 : 60;
    }
    assertSideInput(pipeline, common, new CommonShingles(50, expectedHashes, expectedCounts));
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
