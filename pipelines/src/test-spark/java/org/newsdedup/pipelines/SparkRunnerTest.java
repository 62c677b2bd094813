package org.newsdedup.pipelines;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline on the Spark runner ({@code local[2]}) gives the Direct Runner's output. Compiled
 * and run by the {@code spark} profile only: {@code mvn -Pspark verify}, whose Surefire settings
 * add Spark's Java 17 flags, {@code SPARK_LOCAL_IP=127.0.0.1} and {@code spark.ui.enabled=false}.
 * {@code TestSparkRunner} is the Spark runner for tests: it waits for the job and stops its
 * context, so other Spark runs in the same JVM can start their own.
 */
class SparkRunnerTest {
  @TempDir Path temp;

  @Test
  void seedsGiveTheDirectRunnersOutput() throws IOException {
    RunnerParity.assertSameOutputAsDirectRunner(
        temp, "--runner=TestSparkRunner", "--sparkMaster=local[2]");
  }

  @Test
  void twoNightsWithAnIndexGiveTheDirectRunnersOutputAndContinueTheGroups() throws IOException {
    RunnerParity.assertSameNightsAsDirectRunner(
        temp, "--runner=TestSparkRunner", "--sparkMaster=local[2]");
  }
}
