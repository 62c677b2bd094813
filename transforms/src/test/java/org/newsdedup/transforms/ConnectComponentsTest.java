package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.io.GenerateSequence;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(TestPipelineExtension.class)
class ConnectComponentsTest {

  @Test
  void labelsEachComponentByItsSmallestNode(TestPipeline pipeline) {
    PCollection<KV<String, String>> edges =
        pipeline.apply(
            Create.of(
                KV.of("a", "b"), KV.of("b", "c"), KV.of("c", "a"), KV.of("x", "y"),
                KV.of("p", "p")));

    PCollection<KV<String, String>> labels = edges.apply(ConnectComponents.create());

    String abc = smallest("a", "b", "c");
    String xy = smallest("x", "y");
    PAssert.that(labels)
        .containsInAnyOrder(
            KV.of("a", abc), KV.of("b", abc), KV.of("c", abc), KV.of("x", xy), KV.of("y", xy));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aChainOfOneHundredThousandEdgesIsOneComponentWithinTheClaimedRounds(TestPipeline pipeline) {
    int nodes = 100_001;

    PCollection<KV<String, String>> labels =
        pipeline
            .apply(GenerateSequence.from(0).to(nodes - 1))
            .apply(
                MapElements.into(
                        TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
                    .via(i -> KV.of(node(i), node(i + 1))))
            .apply(ConnectComponents.create().withRounds(ConnectComponents.CHAIN_ROUNDS));

    PAssert.that(labels).satisfies(all -> assertSingleComponent(all, nodes));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aStarIsOneComponentLabelledByItsSmallestNode(TestPipeline pipeline) {
    List<KV<String, String>> star = new ArrayList<>();
    for (int i = 1; i <= 5_000; i++) {
      star.add(KV.of("hub", node(i)));
    }

    // The hub's bucket sees the whole star, so round 1 links every node to the smallest; round 2
    // drops the links the leaves' buckets made to smaller nodes they saw; round 3 checks.
    PCollection<KV<String, String>> labels =
        pipeline.apply(Create.of(star)).apply(ConnectComponents.create().withRounds(3));

    PAssert.that(labels).satisfies(all -> assertSingleComponent(all, 5_001));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aComponentThatNeedsMoreRoundsFailsThePipeline(TestPipeline pipeline) {
    pipeline.apply(Create.of(chain(200))).apply(ConnectComponents.create().withRounds(1));

    Exception failure = assertThrows(Exception.class, () -> pipeline.run().waitUntilFinish());

    assertTrue(
        String.valueOf(failure.getMessage()).contains("did not converge in 1 rounds"),
        failure.getMessage());
  }

  @Test
  void oneRoundFewerThanAGraphNeedsFailsIt() {
    int fewest = 1;
    while (!converges(chain(200), fewest)) {
      fewest++;
      assertTrue(fewest <= ConnectComponents.DEFAULT_ROUNDS, "no convergence by " + fewest);
    }
    int fewer = fewest - 1;
    assertTrue(fewer >= 2, "converged in " + fewest + " rounds");

    Exception failure = assertThrows(Exception.class, () -> run(chain(200), fewer));

    assertTrue(
        String.valueOf(failure.getMessage()).contains("did not converge in " + fewer + " rounds"),
        failure.getMessage());
  }

  @Test
  void tooFewRoundsAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> ConnectComponents.create().withRounds(0));
  }

  private static Void assertSingleComponent(Iterable<KV<String, String>> labels, int nodes) {
    Map<String, String> byNode = new HashMap<>();
    Set<String> components = new HashSet<>();
    for (KV<String, String> label : labels) {
      assertEquals(null, byNode.put(label.getKey(), label.getValue()), "one label per node");
      components.add(label.getValue());
    }
    assertEquals(nodes, byNode.size());
    assertEquals(1, components.size(), "components: " + components.size());
    String label = components.iterator().next();
    assertEquals(smallest(byNode.keySet().toArray(new String[0])), label);
    return null;
  }

  private static String smallest(String... ids) {
    String min = ids[0];
    for (String id : ids) {
      min = NodeOrder.min(min, id);
    }
    return min;
  }

  private static void run(List<KV<String, String>> edges, int rounds) {
    Pipeline pipeline = Pipeline.create(TestPipeline.testingPipelineOptions());
    pipeline.apply(Create.of(edges)).apply(ConnectComponents.create().withRounds(rounds));
    pipeline.run().waitUntilFinish();
  }

  private static boolean converges(List<KV<String, String>> edges, int rounds) {
    try {
      run(edges, rounds);
      return true;
    } catch (RuntimeException failure) {
      return false;
    }
  }

  private static List<KV<String, String>> chain(int edges) {
    List<KV<String, String>> chain = new ArrayList<>();
    for (int i = 0; i < edges; i++) {
      chain.add(KV.of(node(i), node(i + 1)));
    }
    return chain;
  }

  private static String node(long i) {
    return String.format(Locale.ROOT, "doc-%06d.txt", i);
  }
}
