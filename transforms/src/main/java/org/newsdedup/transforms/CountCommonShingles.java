package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.DelegateCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.model.ShingleCounts;
import org.newsdedup.text.Shards;
import org.newsdedup.text.ShingleTally;

/**
 * Counts, for every shingle, the distinct texts that hold it, and makes the shingles held by at
 * least {@code floor} texts a side input ({@link CommonShingles}), from which the duplicate
 * tier's judges weigh shingles ({@link org.newsdedup.text.ShingleWeights}).
 *
 * <p>The input is one fingerprint per distinct text (one representative per content hash), so
 * 10,000 exact copies count once. Each worker first sums the shingles of the texts of a bundle in
 * a primitive table ({@link ShingleTally}) and sends them on in one batch per {@link Shards
 * shard} of the shingle; each shard then sums its batches in memory. A shuffle thus moves a few
 * hundred batches per bundle rather than one record per shingle of every text (about five
 * million at 10,000 articles), which a sorting runner such as Flink's batch runner would
 * otherwise compare and spill one by one.
 *
 * <p>Memory: a bundle's table is sent on and emptied before a text would take it past {@value
 * #BUNDLE_SHINGLES} distinct shingles, so it takes at most about 12 MB (12 bytes a slot, at most
 * half of the slots full), or one text's shingles if a text has more. A shard's table holds the
 * distinct shingles of one shard, 1/256 of those of the run: about 2 million, some 50 MB, if a
 * million texts of 500 shingles shared none. Only the
 * common shingles reach the side input, and each stands for at least {@code floor} occurrences,
 * so it holds at most (total shingles of all texts) / {@code floor} entries; at 12 bytes an entry
 * in transit and about 26 in the lookup table of each worker. Counter {@code commonShingles}
 * (namespace {@link GroupNearDuplicates}) gives its size.
 */
public final class CountCommonShingles
    extends PTransform<PCollection<Fingerprint>, PCollectionView<CommonShingles>> {
  /** The most distinct shingles a bundle's table holds (unless one text has more). */
  static final int BUNDLE_SHINGLES = 1 << 19;

  private final int floor;
  private final int bundleShingles;

  private CountCommonShingles(int floor, int bundleShingles) {
    this.floor = floor;
    this.bundleShingles = bundleShingles;
  }

  /** Lists the shingles held by at least {@code floor} distinct texts. */
  public static CountCommonShingles atLeast(int floor) {
    if (floor < 2) {
      throw new IllegalArgumentException("floor must be at least 2, got " + floor);
    }
    return new CountCommonShingles(floor, BUNDLE_SHINGLES);
  }

  /**
   * The same count, with bundle tables of at most {@code shingles} distinct shingles: small
   * tables send a shingle's count in many batches, which is how the tests check the sums.
   */
  CountCommonShingles sendingEvery(int shingles) {
    if (shingles < 1) {
      throw new IllegalArgumentException("shingles must be positive, got " + shingles);
    }
    return new CountCommonShingles(floor, shingles);
  }

  @Override
  public PCollectionView<CommonShingles> expand(PCollection<Fingerprint> texts) {
    int shards = Shards.DEFAULT_COUNT;
    return texts
        .apply("CountPerBundle", ParDo.of(new CountPerBundleFn(shards, bundleShingles)))
        .apply("GroupByShingleShard", GroupByKey.create())
        .apply("CommonPerShard", ParDo.of(new CommonPerShardFn(floor)))
        .apply("CommonShinglesView", Combine.globally(new CollectFn(floor)).asSingletonView());
  }

  /**
   * Sums the shingles of a bundle's texts (their shingles are distinct already, so a count is a
   * number of texts) and sends them on in one batch per shard of the shingle: before a text would
   * take the table past its limit, and at the end of the bundle. Tables are kept per window, as a
   * sum per key would be.
   */
  static final class CountPerBundleFn extends DoFn<Fingerprint, KV<Integer, ShingleCounts>> {
    private final int shards;
    private final int bundleShingles;
    private transient Map<BoundedWindow, ShingleTally> tallies;

    CountPerBundleFn(int shards, int bundleShingles) {
      this.shards = shards;
      this.bundleShingles = bundleShingles;
    }

    @StartBundle
    public void startBundle() {
      tallies = new HashMap<>();
    }

    @ProcessElement
    public void process(
        @Element Fingerprint text,
        BoundedWindow window,
        OutputReceiver<KV<Integer, ShingleCounts>> out) {
      ShingleTally tally = tallies.computeIfAbsent(window, unused -> new ShingleTally());
      if (!tally.isEmpty() && tally.size() + text.shingleCount() > bundleShingles) {
        for (KV<Integer, ShingleCounts> batch : byShard(tally)) {
          out.output(batch);
        }
        tally.clear();
      }
      for (long shingle : text.shingles()) {
        tally.add(shingle, 1);
      }
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext context) {
      tallies.forEach(
          (window, tally) -> {
            for (KV<Integer, ShingleCounts> batch : byShard(tally)) {
              context.output(batch, window.maxTimestamp(), window);
            }
          });
      tallies = null;
    }

    private List<KV<Integer, ShingleCounts>> byShard(ShingleTally tally) {
      int[] sizes = new int[shards];
      tally.forEach((hash, count) -> sizes[Shards.of(hash, shards)]++);
      long[][] hashes = new long[shards][];
      int[][] counts = new int[shards][];
      for (int shard = 0; shard < shards; shard++) {
        hashes[shard] = new long[sizes[shard]];
        counts[shard] = new int[sizes[shard]];
      }
      int[] filled = new int[shards];
      tally.forEach(
          (hash, count) -> {
            int shard = Shards.of(hash, shards);
            hashes[shard][filled[shard]] = hash;
            counts[shard][filled[shard]] = count;
            filled[shard]++;
          });
      List<KV<Integer, ShingleCounts>> batches = new ArrayList<>();
      for (int shard = 0; shard < shards; shard++) {
        if (sizes[shard] > 0) {
          batches.add(KV.of(shard, new ShingleCounts(hashes[shard], counts[shard])));
        }
      }
      return batches;
    }
  }

  /** Sums one shard's batches and passes on the shingles held by at least {@code floor} texts. */
  static final class CommonPerShardFn
      extends DoFn<KV<Integer, Iterable<ShingleCounts>>, KV<Long, Long>> {
    private final Counter common = Metrics.counter(GroupNearDuplicates.class, "commonShingles");
    private final int floor;

    CommonPerShardFn(int floor) {
      this.floor = floor;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<ShingleCounts>> shard, OutputReceiver<KV<Long, Long>> out) {
      ShingleTally tally = new ShingleTally();
      for (ShingleCounts batch : shard.getValue()) {
        for (int i = 0; i < batch.size(); i++) {
          tally.add(batch.hash(i), batch.count(i));
        }
      }
      tally.forEach(
          (hash, count) -> {
            if (count >= floor) {
              common.inc();
              out.output(KV.of(hash, (long) count));
            }
          });
    }
  }

  /**
   * Gathers the common shingles into one sorted table. Each shingle arrives once (they were
   * summed per shard before), so merging accumulators is appending.
   */
  static final class CollectFn extends Combine.CombineFn<KV<Long, Long>, Table, CommonShingles> {
    private final int floor;

    CollectFn(int floor) {
      this.floor = floor;
    }

    @Override
    public Table createAccumulator() {
      return new Table();
    }

    @Override
    public Table addInput(Table table, KV<Long, Long> count) {
      table.add(count.getKey(), (int) Math.min(Integer.MAX_VALUE, count.getValue()));
      return table;
    }

    @Override
    public Table mergeAccumulators(Iterable<Table> tables) {
      Table merged = new Table();
      for (Table table : tables) {
        for (int i = 0; i < table.size; i++) {
          merged.add(table.hashes[i], table.counts[i]);
        }
      }
      return merged;
    }

    @Override
    public CommonShingles extractOutput(Table table) {
      return table.sorted(floor);
    }

    @Override
    public Coder<Table> getAccumulatorCoder(CoderRegistry registry, Coder<KV<Long, Long>> input) {
      return DelegateCoder.of(
          CommonShingles.CommonShinglesCoder.of(), table -> table.sorted(floor), Table::of);
    }
  }

  /** The growing accumulator of {@link CollectFn}: hashes and counts in arrival order. */
  static final class Table {
    private long[] hashes = new long[16];
    private int[] counts = new int[16];
    private int size;

    static Table of(CommonShingles common) {
      Table table = new Table();
      long[] hashes = common.hashes();
      int[] counts = common.textCounts();
      for (int i = 0; i < hashes.length; i++) {
        table.add(hashes[i], counts[i]);
      }
      return table;
    }

    void add(long hash, int count) {
      if (size == hashes.length) {
        hashes = Arrays.copyOf(hashes, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      hashes[size] = hash;
      counts[size] = count;
      size++;
    }

    CommonShingles sorted(int floor) {
      Integer[] order = new Integer[size];
      for (int i = 0; i < size; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparingLong(i -> hashes[i]));
      long[] sortedHashes = new long[size];
      int[] sortedCounts = new int[size];
      for (int i = 0; i < size; i++) {
        sortedHashes[i] = hashes[order[i]];
        sortedCounts[i] = counts[order[i]];
      }
      return new CommonShingles(floor, sortedHashes, sortedCounts);
    }
  }
}
