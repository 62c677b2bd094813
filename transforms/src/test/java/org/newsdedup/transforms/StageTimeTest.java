package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.beam.sdk.metrics.MetricName;
import org.junit.jupiter.api.Test;

class StageTimeTest {
  @Test
  void everyStageHasItsCounterInTheStageNamespace() {
    for (String stage : StageTime.STAGES) {
      MetricName name = StageTime.of(stage).getName();
      assertEquals(StageTime.NAMESPACE, name.getNamespace());
      assertEquals(stage, name.getName());
    }
  }

  @Test
  void anUnknownStageIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> StageTime.of("shuffle"));
  }

  @Test
  void elapsedNanosecondsAreNeverNegative() throws InterruptedException {
    long started = System.nanoTime();
    Thread.sleep(2);
    assertTrue(StageTime.since(started) >= 2_000_000L);
  }
}
