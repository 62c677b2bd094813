package org.newsdedup.transforms;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.newsdedup.model.BucketEntries;
import org.newsdedup.text.Shards;

/**
 * The (bucket key, id) entries a DoFn makes in one bundle, gathered per window and shard of the
 * key and sent on as one {@link BucketEntries} batch per shard: when a window holds {@value
 * #MAX_PENDING} entries, and at the end of the bundle. Flink's batch runner sorts every record it
 * shuffles, comparing keys it has to decode, so 42 band keys and some 30 anchor keys an article
 * cost it far more as records than as a few hundred batches a bundle. Holds at most {@value
 * #MAX_PENDING} entries per window: some 3 MB of keys and references to ids the bundle's
 * fingerprints hold anyway.
 */
final class BucketEntryBatches {
  static final int MAX_PENDING = 1 << 16;

  private final int shards;
  private final Map<BoundedWindow, Pending> pending = new HashMap<>();

  BucketEntryBatches(int shards) {
    this.shards = shards;
  }

  /** Adds one entry of the element being processed, in its window. */
  void add(
      long key,
      String id,
      BoundedWindow window,
      DoFn.OutputReceiver<KV<Integer, BucketEntries>> out) {
    Pending entries = pending.computeIfAbsent(window, unused -> new Pending(shards));
    entries.add(Shards.of(key, shards), key, id);
    if (entries.size == MAX_PENDING) {
      entries.emit((shard, batch) -> out.output(KV.of(shard, batch)));
      pending.remove(window);
    }
  }

  /** Sends on what the bundle still holds, each batch in its window. */
  void finish(DoFn<?, KV<Integer, BucketEntries>>.FinishBundleContext context) {
    pending.forEach(
        (window, entries) ->
            entries.emit(
                (shard, batch) ->
                    context.output(KV.of(shard, batch), window.maxTimestamp(), window)));
    pending.clear();
  }

  private interface Sink {
    void accept(int shard, BucketEntries batch);
  }

  private static final class Pending {
    private final BucketEntries.Builder[] byShard;
    private int size;

    Pending(int shards) {
      byShard = new BucketEntries.Builder[shards];
    }

    void add(int shard, long key, String id) {
      if (byShard[shard] == null) {
        byShard[shard] = new BucketEntries.Builder();
      }
      byShard[shard].add(key, id);
      size++;
    }

    void emit(Sink sink) {
      for (int shard = 0; shard < byShard.length; shard++) {
        if (byShard[shard] != null) {
          sink.accept(shard, byShard[shard].build());
        }
      }
    }
  }
}
