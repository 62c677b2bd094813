package org.newsdedup.transforms;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.newsdedup.text.Shards;

/**
 * Keys (article id, value) pairs by the shard of the id, for joins by article that would
 * otherwise open one group per article (see {@link Shards}); the joining step matches ids in
 * memory inside each shard.
 */
final class KeyByIdShardFn<V> extends DoFn<KV<String, V>, KV<Integer, KV<String, V>>> {
  private final int shards;

  KeyByIdShardFn(int shards) {
    this.shards = shards;
  }

  @ProcessElement
  public void process(@Element KV<String, V> keyed, OutputReceiver<KV<Integer, KV<String, V>>> out) {
    out.output(KV.of(Shards.of(keyed.getKey(), shards), keyed));
  }
}
