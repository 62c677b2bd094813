package org.newsdedup.transforms;

import java.util.HashSet;
import java.util.Set;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.Min;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;

/**
 * Connected components of an undirected graph given as edges, without gathering the graph in one
 * place: rounds of large-star and small-star contraction (Kiveris et al., "Connected Components
 * in MapReduce and Beyond", 2014). Each round is two shuffles keyed by node; each shrinks every
 * component towards a star around its smallest node. The output maps every node that has an edge
 * to that smallest node, which labels its component.
 *
 * <p>Beam graphs cannot loop, so the rounds are unrolled; {@link #withRounds} sets how many. With
 * nodes ranked by hash, the number of rounds needed grows with the logarithm of a component's
 * size; the default covers a chain of 100,000 nodes, which the tests check.
 */
public final class ConnectComponents
    extends PTransform<PCollection<KV<String, String>>, PCollection<KV<String, String>>> {
  static final int DEFAULT_ROUNDS = 24;

  private final int rounds;

  private ConnectComponents(int rounds) {
    this.rounds = rounds;
  }

  public static ConnectComponents create() {
    return new ConnectComponents(DEFAULT_ROUNDS);
  }

  public ConnectComponents withRounds(int count) {
    if (count < 1) {
      throw new IllegalArgumentException("rounds must be positive, got " + count);
    }
    return new ConnectComponents(count);
  }

  @Override
  public PCollection<KV<String, String>> expand(PCollection<KV<String, String>> edges) {
    PCollection<KV<String, String>> current = edges.apply("Orient", ParDo.of(new OrientFn()));
    for (int round = 1; round <= rounds; round++) {
      current =
          current
              .apply("LargeStarNeighbours" + round, ParDo.of(new BothDirectionsFn()))
              .apply("GroupLargeStar" + round, GroupByKey.create())
              .apply("LargeStar" + round, ParDo.of(new LargeStarFn()))
              .apply("GroupSmallStar" + round, GroupByKey.create())
              .apply("SmallStar" + round, ParDo.of(new SmallStarFn()));
    }
    return current
        .apply("LabelEveryNode", ParDo.of(new LabelFn()))
        .apply("SmallestLabel", Min.perKey(NodeOrder.INSTANCE));
  }

  /** Writes each edge as (larger, smaller) and drops self-loops. */
  static final class OrientFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> edge, OutputReceiver<KV<String, String>> out) {
      String a = edge.getKey();
      String b = edge.getValue();
      int order = NodeOrder.INSTANCE.compare(a, b);
      if (order > 0) {
        out.output(KV.of(a, b));
      } else if (order < 0) {
        out.output(KV.of(b, a));
      }
    }
  }

  static final class BothDirectionsFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> edge, OutputReceiver<KV<String, String>> out) {
      out.output(edge);
      out.output(KV.of(edge.getValue(), edge.getKey()));
    }
  }

  /** Links every larger neighbour of a node to the smallest node of its neighbourhood. */
  static final class LargeStarFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    @ProcessElement
    public void process(
        @Element KV<String, Iterable<String>> node, OutputReceiver<KV<String, String>> out) {
      String self = node.getKey();
      Set<String> neighbours = new HashSet<>();
      String smallest = self;
      for (String neighbour : node.getValue()) {
        neighbours.add(neighbour);
        smallest = NodeOrder.min(smallest, neighbour);
      }
      for (String neighbour : neighbours) {
        if (NodeOrder.INSTANCE.compare(neighbour, self) > 0) {
          out.output(KV.of(neighbour, smallest));
        }
      }
    }
  }

  /** Links a node and its smaller neighbours to the smallest of them. */
  static final class SmallStarFn extends DoFn<KV<String, Iterable<String>>, KV<String, String>> {
    @ProcessElement
    public void process(
        @Element KV<String, Iterable<String>> node, OutputReceiver<KV<String, String>> out) {
      String self = node.getKey();
      Set<String> smaller = new HashSet<>();
      String smallest = self;
      for (String neighbour : node.getValue()) {
        smaller.add(neighbour);
        smallest = NodeOrder.min(smallest, neighbour);
      }
      out.output(KV.of(self, smallest));
      for (String neighbour : smaller) {
        if (!neighbour.equals(smallest)) {
          out.output(KV.of(neighbour, smallest));
        }
      }
    }
  }

  /** After the last round each edge is (node, its star's centre); centres label themselves. */
  static final class LabelFn extends DoFn<KV<String, String>, KV<String, String>> {
    @ProcessElement
    public void process(@Element KV<String, String> edge, OutputReceiver<KV<String, String>> out) {
      out.output(edge);
      out.output(KV.of(edge.getValue(), edge.getValue()));
    }
  }
}
