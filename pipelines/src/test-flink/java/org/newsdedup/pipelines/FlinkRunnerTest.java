package org.newsdedup.pipelines;

import java.io.IOException;
import java.nio.file.Path;
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
}
