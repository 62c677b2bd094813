package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.newsdedup.transforms.TestArticles.article;
import static org.newsdedup.transforms.TestArticles.text;
import static org.newsdedup.transforms.TestArticles.words;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.coders.IterableCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.text.Shards;

/** The sharded candidate steps of {@link GroupNearDuplicates}: buckets meet only their own. */
@ExtendWith(TestPipelineExtension.class)
class DuplicateFnsTest {
  private static final int SHARDS = 8;

  /** One shard holding two band buckets (1 and 2) and a bucket (3) past the size limit of 3. */
  private static PCollection<KV<Integer, Iterable<KV<Long, String>>>> oneShard(TestPipeline pipeline) {
    List<KV<Long, String>> entries =
        List.of(
            KV.of(1L, "b"), KV.of(2L, "c"), KV.of(1L, "a"), KV.of(2L, "d"), KV.of(1L, "e"),
            KV.of(3L, "w"), KV.of(3L, "x"), KV.of(3L, "y"), KV.of(3L, "z"));
    return pipeline.apply(
        Create.of(KV.<Integer, Iterable<KV<Long, String>>>of(5, entries))
            .withCoder(
                KvCoder.of(
                    VarIntCoder.of(),
                    IterableCoder.of(KvCoder.of(VarLongCoder.of(), StringUtf8Coder.of())))));
  }

  private static KV<Integer, KV<String, String>> pair(String left, String right) {
    return KV.of(Shards.of(left, SHARDS), KV.of(left, right));
  }

  @Test
  void eachBucketOfAShardIsPairedOnItsOwnAndAnOversizedOneAroundItsFirstMember(
      TestPipeline pipeline) {
    PCollection<KV<Integer, KV<String, String>>> pairs =
        oneShard(pipeline).apply(ParDo.of(new DuplicateFns.PairCandidatesFn(3, SHARDS)));

    PAssert.that(pairs)
        .containsInAnyOrder(
            pair("a", "b"), pair("a", "e"), pair("b", "e"), pair("c", "d"),
            pair("w", "x"), pair("w", "y"), pair("w", "z"));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anAnchorSharedByTooManyPairsNothingWhileOthersInItsShardStillPair(TestPipeline pipeline) {
    PCollection<KV<Integer, KV<String, String>>> pairs =
        oneShard(pipeline).apply(ParDo.of(new DuplicateFns.PairAnchorSharersFn(3, SHARDS)));

    PAssert.that(pairs)
        .containsInAnyOrder(pair("a", "b"), pair("a", "e"), pair("b", "e"), pair("c", "d"));
    pipeline.run().waitUntilFinish();
  }

  /**
   * Two near copies share dozens of LSH bands and anchor shingles; the pair is scored once, as the
   * pairs' meeting in the shard of the smaller id promises.
   */
  @Test
  void aPairFoundByManyBandsAndAnchorsIsScoredOnce(TestPipeline pipeline) {
    List<String> edited = new ArrayList<>(words(7, 400));
    edited.set(200, "changed");
    PCollection<DocumentGroup> groups =
        pipeline
            .apply(
                Create.of(
                    article("original.txt", text(words(7, 400)), "2024-01-01"),
                    article("edited.txt", text(edited), "2024-01-02"),
                    article("other.txt", text(words(8, 400)), "2024-01-02")))
            .apply(GroupNearDuplicates.create());
    PAssert.that(groups)
        .satisfies(
            all -> {
              assertEquals(1, count(all), "one group: the two copies");
              return null;
            });

    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(1, CounterTotals.of(result, GroupNearDuplicates.class, "candidatePairs"));
    assertEquals(1, CounterTotals.of(result, GroupNearDuplicates.class, "nearCopyEdges"));
  }

  private static long count(Iterable<DocumentGroup> groups) {
    long n = 0;
    for (DocumentGroup ignored : groups) {
      n++;
    }
    return n;
  }
}
