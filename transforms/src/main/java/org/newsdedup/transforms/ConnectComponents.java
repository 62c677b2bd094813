package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsdedup.text.Hashing64;

/**
 * Connected components of an undirected graph given as edges, without gathering the graph in one
 * place. The output maps every node that has an edge to the smallest node of its component
 * ({@link NodeOrder}), which labels it.
 *
 * <p>Nodes are spread over {@link #withBuckets buckets} by hash, and each node's edges are sent
 * to its bucket, so a bucket holds every edge of the nodes it owns, about {@code 2 × edges /
 * buckets} entries. A round is one shuffle: each bucket joins its entries with a union-find and
 * replaces them by a star per local component, every node it has seen linked to the smallest
 * node of that component. The bucket only links nodes its entries already connect, so components
 * never merge or split; and a node's bucket sees all its neighbours, so every round contracts at
 * least as much as linking each node's neighbourhood to its smallest member. A local component
 * of k nodes holds at least k - 1 entries and becomes k - 1 links, so a round gives at most as
 * many links as the entries it was given: twice the edges. Between steps edges
 * travel in one batch per (source bucket, destination bucket): a runner moves at most {@code
 * buckets²} elements per step however large the graph.
 *
 * <p>Beam graphs cannot loop, so the rounds are unrolled; {@link #withRounds} sets how many. The
 * last round contracts nothing: it checks that the graph is already a star around each
 * component's smallest node, which is what a round that changes nothing leaves, and labels every
 * node by its centre. When a component needed more rounds the pipeline fails, naming the edge,
 * so too few rounds can never yield wrong components silently. With nodes ranked by hash, a chain
 * of 100,000 nodes (long paths are what take rounds) converges within {@value #CHAIN_ROUNDS} rounds,
 * the check included; a star within 3.
 */
public final class ConnectComponents
    extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  static final int DEFAULT_ROUNDS = 16;
  static final int DEFAULT_BUCKETS = 64;
  /** Rounds the chain in the tests converges in; the default leaves room above it. */
  static final int CHAIN_ROUNDS = 12;

  private final int rounds;
  private final int buckets;

  private ConnectComponents(int rounds, int buckets) {
    this.rounds = rounds;
    this.buckets = buckets;
  }

  public static ConnectComponents create() {
    return new ConnectComponents(DEFAULT_ROUNDS, DEFAULT_BUCKETS);
  }

  /** All rounds, the last (checking) one included: a graph needing k contracting rounds needs k + 1. */
  public ConnectComponents withRounds(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("rounds must be positive, got " + count);
    }
    return new ConnectComponents(count, buckets);
  }

  public ConnectComponents withBuckets(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("buckets must be positive, got " + count);
    }
    return new ConnectComponents(rounds, count);
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
    PCollection<KV<Integer, List<KV<String, String>>>> entries =
        edges.apply("ToBothEnds", ParDo.of(new ToBothEndsFn(buckets)));
    for (int round = 1; round < rounds; round++) {
      entries =
          entries
              .apply("Group" + round, GroupByKey.create())
              .apply("Contract" + round, ParDo.of(new ContractFn(buckets)));
    }
    return entries
        .apply("GroupLast", GroupByKey.create())
        .apply("CheckAndLabel", ParDo.of(new CheckAndLabelFn(rounds)));
  }

  static int bucketOf(String node, int buckets) {
    return (int) Math.floorMod(Hashing64.mix(Hashing64.token(node)), (long) buckets);
  }

  /** Collects (node, other) pairs into one batch per destination bucket of {@code node}. */
  private static final class Batches {
    private final int buckets;
    private final Map<Integer, List<KV<String, String>>> byBucket = new HashMap<>();

    Batches(int buckets) {
      this.buckets = buckets;
    }

    void add(String node, String other) {
      byBucket.computeIfAbsent(bucketOf(node, buckets), b -> new ArrayList<>()).add(KV.of(node, other));
    }

    void emit(DoFn.OutputReceiver<KV<Integer, List<KV<String, String>>>> out) {
      byBucket.forEach((bucket, batch) -> out.output(KV.of(bucket, batch)));
    }
  }

  /** Sends each edge to both of its ends as (node, neighbour); self-loops carry no link. */
  static final class ToBothEndsFn extends DoFn<KV<String, String>, KV<Integer, List<KV<String, String>>>> {
    private final int buckets;

    ToBothEndsFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(
        @Element KV<String, String> edge, OutputReceiver<KV<Integer, List<KV<String, String>>>> out) {
      if (edge.getKey().equals(edge.getValue())) {
        return;
      }
      Batches batches = new Batches(buckets);
      batches.add(edge.getKey(), edge.getValue());
      batches.add(edge.getValue(), edge.getKey());
      batches.emit(out);
    }
  }

  /**
   * One contracting round in one bucket: every node seen is linked to the smallest node of its
   * local component, and the link goes to both ends' buckets.
   */
  static final class ContractFn
      extends DoFn<KV<Integer, Iterable<List<KV<String, String>>>>, KV<Integer, List<KV<String, String>>>> {
    private final int buckets;

    ContractFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<List<KV<String, String>>>> bucket,
        OutputReceiver<KV<Integer, List<KV<String, String>>>> out) {
      LocalComponents local = new LocalComponents(bucket.getValue());
      Batches batches = new Batches(buckets);
      for (String node : local.nodes()) {
        String centre = local.smallestLinkedTo(node);
        if (!centre.equals(node)) {
          batches.add(node, centre);
          batches.add(centre, node);
        }
      }
      batches.emit(out);
    }
  }

  /**
   * The last round: fails unless every local component is already a star around its smallest
   * node, then labels each node this bucket owns by that node.
   */
  static final class CheckAndLabelFn
      extends DoFn<KV<Integer, Iterable<List<KV<String, String>>>>, KV<String, String>> {
    private final Counter unconverged = Metrics.counter(ConnectComponents.class, "unconvergedEdges");
    private final int rounds;

    CheckAndLabelFn(int rounds) {
      this.rounds = rounds;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<List<KV<String, String>>>> bucket,
        OutputReceiver<KV<String, String>> out) {
      LocalComponents local = new LocalComponents(bucket.getValue());
      KV<String, String> changed = local.firstChangedEntry();
      if (changed != null) {
        unconverged.inc();
        throw new IllegalStateException(
            "connected components did not converge in " + rounds + " rounds: the edge "
                + changed.getKey() + " – " + changed.getValue() + " is not yet a link to "
                + local.smallestLinkedTo(changed.getKey()) + "; run with more rounds");
      }
      for (String owner : local.owners()) {
        out.output(KV.of(owner, local.smallestLinkedTo(owner)));
      }
    }
  }

  /**
   * The components of the entries one bucket holds: a union-find whose every root is the
   * smallest node of its set.
   */
  private static final class LocalComponents {
    private final List<KV<String, String>> entries = new ArrayList<>();
    private final Map<String, String> parent = new LinkedHashMap<>();
    private final Set<String> owners = new LinkedHashSet<>();

    LocalComponents(Iterable<List<KV<String, String>>> batches) {
      for (List<KV<String, String>> batch : batches) {
        for (KV<String, String> entry : batch) {
          entries.add(entry);
          owners.add(entry.getKey());
          union(entry.getKey(), entry.getValue());
        }
      }
    }

    Set<String> nodes() {
      return parent.keySet();
    }

    Set<String> owners() {
      return owners;
    }

    String smallestLinkedTo(String node) {
      String root = node;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      // Path compression keeps long local chains from being walked again.
      String at = node;
      while (!at.equals(root)) {
        String next = parent.get(at);
        parent.put(at, root);
        at = next;
      }
      return root;
    }

    /**
     * An entry that is not a link between a node and its component's smallest node, or null when
     * there is none: the round then gives back exactly the edges it was given.
     */
    KV<String, String> firstChangedEntry() {
      for (KV<String, String> entry : entries) {
        String centre = smallestLinkedTo(entry.getKey());
        if (entry.getKey().equals(centre) == entry.getValue().equals(centre)) {
          return entry;
        }
      }
      return null;
    }

    private void union(String a, String b) {
      parent.putIfAbsent(a, a);
      parent.putIfAbsent(b, b);
      String rootA = smallestLinkedTo(a);
      String rootB = smallestLinkedTo(b);
      if (!rootA.equals(rootB)) {
        String smaller = NodeOrder.min(rootA, rootB);
        parent.put(smaller.equals(rootA) ? rootB : rootA, smaller);
      }
    }
  }
}
