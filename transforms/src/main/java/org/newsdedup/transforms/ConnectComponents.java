package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.transforms.join.CoGroupByKey;
import org.apache.beam.sdk.transforms.join.KeyedPCollectionTuple;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TupleTag;
import org.newsdedup.text.Hashing64;

/**
 * Connected components of an undirected graph given as edges, without gathering the graph in one
 * place: rounds of large-star and small-star contraction (Kiveris et al., "Connected Components
 * in MapReduce and Beyond", 2014). Each round shrinks every component towards a star around its
 * smallest node; the output maps every node that has an edge to the smallest node of its
 * component, which labels it.
 *
 * <p>Nodes are spread over {@link #withBuckets buckets} by hash, and between steps edges travel
 * in one batch per (source bucket, destination bucket) rather than one element per edge. A runner
 * then moves at most {@code buckets²} elements per step however large the graph, which keeps the
 * per-element cost of a shuffle (heavy on the Direct Runner) off the hot path, while each bucket
 * holds only about {@code 2 × edges / buckets} adjacency entries.
 *
 * <p>Beam graphs cannot loop, so the rounds are unrolled; {@link #withRounds} sets how many. With
 * nodes ranked by hash, a chain of 100,000 nodes (the worst shape for this algorithm) needs 13
 * rounds; the default of 24 leaves room for components far larger than that. A final check joins
 * every input edge with the labels of both ends and fails the pipeline if they differ, so too
 * few rounds can never yield wrong components silently.
 */
public final class ConnectComponents
    extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  static final int DEFAULT_ROUNDS = 24;
  static final int DEFAULT_BUCKETS = 64;

  private final int rounds;
  private final int buckets;

  private ConnectComponents(int rounds, int buckets) {
    this.rounds = rounds;
    this.buckets = buckets;
  }

  public static ConnectComponents create() {
    return new ConnectComponents(DEFAULT_ROUNDS, DEFAULT_BUCKETS);
  }

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
    PCollection<KV<Integer, List<KV<String, String>>>> neighbours =
        edges.apply("ToBothEnds", ParDo.of(new ToBothEndsFn(buckets)));
    for (int round = 1; round <= rounds; round++) {
      neighbours =
          neighbours
              .apply("GroupLargeStar" + round, GroupByKey.create())
              .apply("LargeStar" + round, ParDo.of(new LargeStarFn(buckets)))
              .apply("GroupSmallStar" + round, GroupByKey.create())
              .apply("SmallStar" + round, ParDo.of(new SmallStarFn(buckets)));
    }
    PCollection<KV<String, String>> labels =
        neighbours
            .apply("GroupLabels", GroupByKey.create())
            .apply("SmallestLabel", ParDo.of(new SmallestLabelFn()));
    checkConvergence(edges, labels);
    return labels;
  }

  /**
   * Fails the pipeline if any input edge joins two differently labelled nodes, which happens only
   * when a component needed more rounds than were run: wrong groups must never pass silently.
   */
  private void checkConvergence(
      PCollection<KV<String, String>> edges, PCollection<KV<String, String>> labels) {
    PCollection<KV<Integer, List<KV<String, String>>>> labelBatches =
        labels.apply("BatchLabels", ParDo.of(new ToOwnBucketFn(buckets)));
    PCollection<KV<Integer, List<KV<String, String>>>> claims =
        KeyedPCollectionTuple.of(LABELS, labelBatches)
            .and(PAIRS, edges.apply("BatchEdges", ParDo.of(new ToOwnBucketFn(buckets))))
            .apply("JoinEdgesWithLabels", CoGroupByKey.create())
            .apply("ClaimPartnerLabels", ParDo.of(new ClaimPartnerLabelFn(buckets)));
    KeyedPCollectionTuple.of(LABELS, labelBatches)
        .and(PAIRS, claims)
        .apply("JoinClaimsWithLabels", CoGroupByKey.create())
        .apply("CheckClaims", ParDo.of(new CheckClaimsFn(rounds)));
  }

  private static final TupleTag<List<KV<String, String>>> LABELS = new TupleTag<>() {};
  private static final TupleTag<List<KV<String, String>>> PAIRS = new TupleTag<>() {};

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
   * Large star: links every larger neighbour of a node to the smallest node of its neighbourhood.
   * Its edges go to the larger end, where the small star groups them.
   */
  static final class LargeStarFn
      extends DoFn<KV<Integer, Iterable<List<KV<String, String>>>>, KV<Integer, List<KV<String, String>>>> {
    private final int buckets;

    LargeStarFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<List<KV<String, String>>>> bucket,
        OutputReceiver<KV<Integer, List<KV<String, String>>>> out) {
      Batches batches = new Batches(buckets);
      for (Map.Entry<String, Set<String>> node : adjacency(bucket.getValue()).entrySet()) {
        String self = node.getKey();
        String smallest = smallestOf(self, node.getValue());
        for (String neighbour : node.getValue()) {
          if (NodeOrder.INSTANCE.compare(neighbour, self) > 0) {
            batches.add(neighbour, smallest);
          }
        }
      }
      batches.emit(out);
    }
  }

  /**
   * Small star: links a node and its smaller neighbours to the smallest of them. Its edges go to
   * both ends, as the next large star (or the final labelling) needs.
   */
  static final class SmallStarFn
      extends DoFn<KV<Integer, Iterable<List<KV<String, String>>>>, KV<Integer, List<KV<String, String>>>> {
    private final int buckets;

    SmallStarFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<List<KV<String, String>>>> bucket,
        OutputReceiver<KV<Integer, List<KV<String, String>>>> out) {
      Batches batches = new Batches(buckets);
      for (Map.Entry<String, Set<String>> node : adjacency(bucket.getValue()).entrySet()) {
        String self = node.getKey();
        String smallest = smallestOf(self, node.getValue());
        link(batches, self, smallest);
        for (String neighbour : node.getValue()) {
          if (!neighbour.equals(smallest)) {
            link(batches, neighbour, smallest);
          }
        }
      }
      batches.emit(out);
    }

    private static void link(Batches batches, String node, String centre) {
      batches.add(node, centre);
      batches.add(centre, node);
    }
  }

  /** After the last round every node's neighbours include its star's centre, the smallest. */
  static final class SmallestLabelFn
      extends DoFn<KV<Integer, Iterable<List<KV<String, String>>>>, KV<String, String>> {
    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<List<KV<String, String>>>> bucket,
        OutputReceiver<KV<String, String>> out) {
      for (Map.Entry<String, Set<String>> node : adjacency(bucket.getValue()).entrySet()) {
        out.output(KV.of(node.getKey(), smallestOf(node.getKey(), node.getValue())));
      }
    }
  }

  /** Batches (node, value) pairs by the node's bucket. */
  static final class ToOwnBucketFn
      extends DoFn<KV<String, String>, KV<Integer, List<KV<String, String>>>> {
    private final int buckets;

    ToOwnBucketFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(
        @Element KV<String, String> pair, OutputReceiver<KV<Integer, List<KV<String, String>>>> out) {
      Batches batches = new Batches(buckets);
      batches.add(pair.getKey(), pair.getValue());
      batches.emit(out);
    }
  }

  /** For each edge (a, b) in this bucket, tells b which label a has. */
  static final class ClaimPartnerLabelFn
      extends DoFn<KV<Integer, CoGbkResult>, KV<Integer, List<KV<String, String>>>> {
    private final int buckets;

    ClaimPartnerLabelFn(int buckets) {
      this.buckets = buckets;
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, CoGbkResult> bucket,
        OutputReceiver<KV<Integer, List<KV<String, String>>>> out) {
      Map<String, String> labelOf = labelsIn(bucket.getValue());
      Batches batches = new Batches(buckets);
      for (List<KV<String, String>> batch : bucket.getValue().getAll(PAIRS)) {
        for (KV<String, String> edge : batch) {
          if (!edge.getKey().equals(edge.getValue())) {
            batches.add(edge.getValue(), labelOf.get(edge.getKey()));
          }
        }
      }
      batches.emit(out);
    }
  }

  /** Compares each claimed label with the node's own. */
  static final class CheckClaimsFn extends DoFn<KV<Integer, CoGbkResult>, Void> {
    private final Counter disagreements =
        Metrics.counter(ConnectComponents.class, "unconvergedEdges");
    private final int rounds;

    CheckClaimsFn(int rounds) {
      this.rounds = rounds;
    }

    @ProcessElement
    public void process(@Element KV<Integer, CoGbkResult> bucket) {
      Map<String, String> labelOf = labelsIn(bucket.getValue());
      for (List<KV<String, String>> batch : bucket.getValue().getAll(PAIRS)) {
        for (KV<String, String> claim : batch) {
          if (!Objects.equals(labelOf.get(claim.getKey()), claim.getValue())) {
            disagreements.inc();
            throw new IllegalStateException(
                "connected components did not converge in " + rounds + " rounds: "
                    + claim.getKey() + " is labelled " + labelOf.get(claim.getKey())
                    + " but its neighbour is labelled " + claim.getValue()
                    + "; run with more rounds");
          }
        }
      }
    }
  }

  private static Map<String, String> labelsIn(CoGbkResult joined) {
    Map<String, String> labelOf = new HashMap<>();
    for (List<KV<String, String>> batch : joined.getAll(LABELS)) {
      for (KV<String, String> label : batch) {
        labelOf.put(label.getKey(), label.getValue());
      }
    }
    return labelOf;
  }

  private static String smallestOf(String self, Set<String> neighbours) {
    String smallest = self;
    for (String neighbour : neighbours) {
      smallest = NodeOrder.min(smallest, neighbour);
    }
    return smallest;
  }

  /** The neighbour sets of the nodes in one bucket, from all the batches sent to it. */
  private static Map<String, Set<String>> adjacency(Iterable<List<KV<String, String>>> batches) {
    Map<String, Set<String>> neighbours = new HashMap<>();
    for (List<KV<String, String>> batch : batches) {
      for (KV<String, String> pair : batch) {
        neighbours.computeIfAbsent(pair.getKey(), k -> new LinkedHashSet<>()).add(pair.getValue());
      }
    }
    return neighbours;
  }
}
