package org.newsdedup.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.newsdedup.streaming.StreamingArticles.atMinute;
import static org.newsdedup.streaming.StreamingArticles.minute;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.joda.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.RawDocument;
import org.newsdedup.transforms.CounterTotals;

/** Documents against the watermark: on time, a little late, too late. */
@ExtendWith(TestPipelineExtension.class)
class SeparateLateDocumentsTest {
  private static final long TEN_MINUTES = Duration.standardMinutes(10).getMillis();

  private static RawDocument document(String id) {
    return new RawDocument(id, "feed/0/" + id, "UTF-8", "The text of " + id + ".");
  }

  @Test
  void aLittleLateIsLetThroughAndCountedAndTooLateIsADeadLetter(TestPipeline pipeline)
      throws Exception {
    // A document a minute, the watermark half a minute behind: the step sees the watermark at
    // each whole minute, a step (a tenth of the allowed lateness) behind it at most.
    TestStream.Builder<RawDocument> builder =
        TestStream.create(pipeline.getSchemaRegistry().getSchemaCoder(RawDocument.class));
    List<RawDocument> steady = new ArrayList<>();
    for (int m = 0; m <= 30; m++) {
      RawDocument document = document("steady-" + m);
      steady.add(document);
      builder =
          builder
              .addElements(atMinute(m, document))
              .advanceWatermarkTo(minute(m).plus(Duration.standardSeconds(30)));
    }
    // The step has seen the watermark at 08:30: 08:24 is 6 minutes behind it, 08:05 is 25.
    TestStream<RawDocument> documents =
        builder
            .addElements(
                atMinute(31, document("on-time")),
                atMinute(24, document("little-late")),
                atMinute(5, document("too-late")))
            .advanceWatermarkToInfinity();

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> separated =
        pipeline.apply(documents).apply(SeparateLateDocuments.withAllowedLatenessMillis(TEN_MINUTES));

    List<RawDocument> admitted = new ArrayList<>(steady);
    admitted.add(document("on-time"));
    admitted.add(document("little-late"));
    PAssert.that(separated.output()).containsInAnyOrder(admitted);
    PAssert.that(separated.failures())
        .containsInAnyOrder(
            DeadLetter.ofText(
                "too-late", SeparateLateDocuments.STEP, "too-late",
                "event time 2024-01-29T08:05:00.000Z is more than 600000 ms behind the watermark "
                    + "2024-01-29T08:30:00.000Z",
                "The text of too-late."));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();

    assertEquals(1, CounterTotals.of(result, SeparateLateDocuments.class, "lateDocuments"));
    assertEquals(1, CounterTotals.of(result, SeparateLateDocuments.class, "tooLateDocuments"));
  }

  @Test
  void theAllowedLatenessMustNotBeNegative() {
    assertThrows(
        IllegalArgumentException.class, () -> SeparateLateDocuments.withAllowedLatenessMillis(-1));
  }
}
