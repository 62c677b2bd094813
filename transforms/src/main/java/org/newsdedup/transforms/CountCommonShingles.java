package org.newsdedup.transforms;

import java.util.Arrays;
import java.util.Comparator;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.DelegateCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.Sum;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.Fingerprint;

/**
 * Counts, for every shingle, the distinct texts that hold it, and makes the shingles held by at
 * least {@code floor} texts a side input ({@link CommonShingles}), from which the duplicate
 * tier's judges weigh shingles ({@link org.newsdedup.text.ShingleWeights}).
 *
 * <p>The input is one fingerprint per distinct text (one representative per content hash), so
 * 10,000 exact copies count once. Counting is a sum per shingle that runners combine before the
 * shuffle, as in a word count; no step sees more than one shingle's counts or one text. Only the
 * common shingles reach the side input, and each stands for at least {@code floor} occurrences,
 * so it holds at most (total shingles of all texts) / {@code floor} entries; at 12 bytes an entry
 * in transit and about 26 in the lookup table of each worker. Counter {@code commonShingles}
 * (namespace {@link GroupNearDuplicates}) gives its size.
 */
public final class CountCommonShingles
    extends PTransform<PCollection<Fingerprint>, PCollectionView<CommonShingles>> {
  private final int floor;

  private CountCommonShingles(int floor) {
    this.floor = floor;
  }

  /** Lists the shingles held by at least {@code floor} distinct texts. */
  public static CountCommonShingles atLeast(int floor) {
    if (floor < 2) {
      throw new IllegalArgumentException("floor must be at least 2, got " + floor);
    }
    return new CountCommonShingles(floor);
  }

  @Override
  public PCollectionView<CommonShingles> expand(PCollection<Fingerprint> texts) {
    return texts
        .apply("OnePerShingle", ParDo.of(new OnePerShingleFn()))
        .apply("TextsPerShingle", Sum.longsPerKey())
        .apply("CommonOnly", ParDo.of(new CommonOnlyFn(floor)))
        .apply("CommonShinglesView", Combine.globally(new CollectFn(floor)).asSingletonView());
  }

  /** (shingle, 1) for every shingle of a text: its shingles are distinct already. */
  static final class OnePerShingleFn extends DoFn<Fingerprint, KV<Long, Long>> {
    @ProcessElement
    public void process(@Element Fingerprint text, OutputReceiver<KV<Long, Long>> out) {
      for (long shingle : text.shingles()) {
        out.output(KV.of(shingle, 1L));
      }
    }
  }

  static final class CommonOnlyFn extends DoFn<KV<Long, Long>, KV<Long, Long>> {
    private final Counter common = Metrics.counter(GroupNearDuplicates.class, "commonShingles");
    private final int floor;

    CommonOnlyFn(int floor) {
      this.floor = floor;
    }

    @ProcessElement
    public void process(@Element KV<Long, Long> count, OutputReceiver<KV<Long, Long>> out) {
      if (count.getValue() >= floor) {
        common.inc();
        out.output(count);
      }
    }
  }

  /**
   * Gathers the common shingles into one sorted table. Each shingle arrives once (they were
   * summed per key before), so merging accumulators is appending.
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
