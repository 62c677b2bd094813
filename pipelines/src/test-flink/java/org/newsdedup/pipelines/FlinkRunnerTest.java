package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on the Flink runner (an embedded mini-cluster) gives the Direct Runner's output.
 * Compiled and run by the {@code flink} profile only: {@code mvn -Pflink verify}.
 */
class FlinkRunnerTest {
  @TempDir Path temp;

  @Test
  void seedsGiveTheDirectRunnersOutput() throws IOException {
    RunnerParity.assertSameOutputAsDirectRunner(
        temp, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
  }

  @Test
  void twoNightsWithAnIndexGiveTheDirectRunnersOutputAndContinueTheGroups() throws IOException {
    RunnerParity.assertSameNightsAsDirectRunner(
        temp, "--runner=FlinkRunner", "--flinkMaster=[local]", "--parallelism=2");
  }

  @Test
  void theEmbeddedClusterRunsAnInstanceOfEachStepPerCoreUnlessToldOtherwise() {
    int cores = Runtime.getRuntime().availableProcessors();
    assertEquals(cores, flinkOptions("--flinkMaster=[local]").getParallelism());
    assertEquals(3, flinkOptions("--flinkMaster=[local]", "--parallelism=3").getParallelism());
    // A cluster's own configuration decides there; Beam's "unset" is -1.
    assertEquals(-1, flinkOptions("--flinkMaster=jobmanager:8081").getParallelism());
    assertTrue(flinkOptions("--flinkMaster=[local]").getReIterableGroupByKeyResult());
  }

  private static FlinkPipelineOptions flinkOptions(String... flinkArgs) {
    String[] args = new String[flinkArgs.length + 3];
    args[0] = "--runner=FlinkRunner";
    args[1] = "--input=in/*.txt";
    args[2] = "--output=out";
    System.arraycopy(flinkArgs, 0, args, 3, flinkArgs.length);
    PipelineOptionsFactory.register(NewsDedupOptions.class);
    NewsDedupOptions parsed = PipelineOptionsFactory.fromArgs(args).as(NewsDedupOptions.class);
    return NewsDedup.flinkDefaults(args, parsed).as(FlinkPipelineOptions.class);
  }
}
