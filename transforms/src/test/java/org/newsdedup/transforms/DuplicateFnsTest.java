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
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.BucketEntries;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.text.MinHash;
import org.newsdedup.text.Shards;
import org.newsdedup.text.Shingles;

/** The sharded candidate steps of {@link GroupNearDuplicates}: buckets meet only their own. */
@ExtendWith(TestPipelineExtension.class)
class DuplicateFnsTest {
  private static final int SHARDS = 8;

  /**
   * One shard holding two band buckets (1 and 2) and a bucket (3) past the size limit of 3, their
   * members spread over two batches, as two bundles would send them.
   */
  private static PCollection<KV<Integer, Iterable<BucketEntries>>> oneShard(TestPipeline pipeline) {
    BucketEntries first =
        new BucketEntries(new long[] {1, 2, 1, 3, 3}, new String[] {"b", "c", "a", "w", "x"});
    BucketEntries second =
        new BucketEntries(new long[] {2, 1, 3, 3}, new String[] {"d", "e", "y", "z"});
    return pipeline.apply(
        Create.of(KV.<Integer, Iterable<BucketEntries>>of(5, List.of(first, second)))
            .withCoder(
                KvCoder.of(
                    VarIntCoder.of(), IterableCoder.of(BucketEntries.BucketEntriesCoder.of()))));
  }

  @Test
  void bandKeysReachTheShardOfTheirKeyAndEveryKeyOfEveryArticleArrives(TestPipeline pipeline) {
    List<Fingerprint> texts = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long[] shingles = Shingles.of(text(words(i, 400)), 5);
      texts.add(new Fingerprint("t" + i, "hash-" + i, null, 400, shingles));
    }
    List<KV<Long, String>> expected = new ArrayList<>();
    MinHash minHash = new MinHash(4, 3);
    for (Fingerprint text : texts) {
      for (long key : minHash.bandKeys(minHash.signature(text.shingles()))) {
        expected.add(KV.of(key, text.id));
      }
    }
    List<KV<Integer, Fingerprint>> keyed = new ArrayList<>();
    texts.forEach(text -> keyed.add(KV.of(0, text)));

    PCollection<KV<Long, String>> entries =
        pipeline
            .apply(Create.of(keyed))
            .apply(ParDo.of(new DuplicateFns.BandKeysFn(4, 3, SHARDS)))
            .apply(ParDo.of(new EntriesInTheirShardFn()));

    PAssert.that(entries).containsInAnyOrder(expected);
    pipeline.run().waitUntilFinish();
  }

  /** Unpacks batches, and fails on an entry sent to another shard than its key's. */
  static final class EntriesInTheirShardFn
      extends DoFn<KV<Integer, BucketEntries>, KV<Long, String>> {
    @ProcessElement
    public void process(
        @Element KV<Integer, BucketEntries> batch, OutputReceiver<KV<Long, String>> out) {
      for (int i = 0; i < batch.getValue().size(); i++) {
        long key = batch.getValue().key(i);
        assertEquals(Shards.of(key, SHARDS), batch.getKey());
        out.output(KV.of(key, batch.getValue().id(i)));
      }
    }
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
