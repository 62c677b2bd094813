package org.newsdedup.streaming;

import org.apache.beam.sdk.coders.BooleanCoder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.TimeDomain;
import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.TimerSpec;
import org.apache.beam.sdk.state.TimerSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.joda.time.Instant;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.RawDocument;

/**
 * Lets documents through unless they arrive too late: a document whose event time is more than
 * the allowed lateness behind the watermark goes to the dead letter ({@value #REASON_TOO_LATE}),
 * because the articles it could have matched may already be forgotten. A document behind the
 * watermark by less is processed as any other and counted ({@code lateDocuments}).
 *
 * <p>A DoFn cannot read the watermark, but an event-time timer fires only once the watermark has
 * passed it: the step keeps a timer stepping behind the watermark and takes the last time it
 * fired as the watermark. While documents arrive the timer steps a tenth of the allowed lateness
 * (at least a second), so the view lags the watermark by at most that step and a document is
 * never refused that was within the allowed lateness; while none arrive the steps double, so an
 * idle or finished stream costs a few dozen firings. The view is kept under one key: every
 * document passes one worker here, which is cheap next to cleaning and matching.
 */
public final class SeparateLateDocuments
    extends PTransform<PCollection<RawDocument>, WithFailures.Result<PCollection<RawDocument>, DeadLetter>> {
  public static final String STEP = "SeparateLateDocuments";
  public static final String REASON_TOO_LATE = "too-late";

  private static final TupleTag<RawDocument> ADMITTED = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> TOO_LATE = new TupleTag<>() {};

  private final long allowedLatenessMillis;

  private SeparateLateDocuments(long allowedLatenessMillis) {
    this.allowedLatenessMillis = allowedLatenessMillis;
  }

  public static SeparateLateDocuments withAllowedLatenessMillis(long millis) {
    if (millis < 0) {
      throw new IllegalArgumentException("allowed lateness must be at least 0, got " + millis);
    }
    return new SeparateLateDocuments(millis);
  }

  @Override
  public WithFailures.Result<PCollection<RawDocument>, DeadLetter> expand(
      PCollection<RawDocument> documents) {
    PCollectionTuple separated =
        documents
            .apply("OneKey", WithKeys.<String, RawDocument>of("feed").withKeyType(TypeDescriptors.strings()))
            .apply(
                "CompareWithWatermark",
                ParDo.of(new AdmitFn(allowedLatenessMillis))
                    .withOutputTags(ADMITTED, TupleTagList.of(TOO_LATE)));
    return WithFailures.Result.of(separated.get(ADMITTED), separated.get(TOO_LATE));
  }

  static final class AdmitFn extends DoFn<KV<String, RawDocument>, RawDocument> {
    private final Counter late = Metrics.counter(SeparateLateDocuments.class, "lateDocuments");
    private final Counter tooLate = Metrics.counter(SeparateLateDocuments.class, "tooLateDocuments");
    private final long allowedLatenessMillis;
    private final long stepMillis;

    @StateId("watermark")
    private final StateSpec<ValueState<Long>> watermarkSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("step")
    private final StateSpec<ValueState<Long>> stepSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("probeAt")
    private final StateSpec<ValueState<Long>> probeAtSpec = StateSpecs.value(VarLongCoder.of());

    @StateId("arrivals")
    private final StateSpec<ValueState<Boolean>> arrivalsSpec = StateSpecs.value(BooleanCoder.of());

    @TimerId("probe")
    private final TimerSpec probeSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    AdmitFn(long allowedLatenessMillis) {
      this.allowedLatenessMillis = allowedLatenessMillis;
      this.stepMillis = Math.max(1_000L, allowedLatenessMillis / 10);
    }

    @ProcessElement
    public void process(
        @Element KV<String, RawDocument> keyed,
        @Timestamp Instant timestamp,
        @StateId("watermark") ValueState<Long> watermark,
        @StateId("step") ValueState<Long> step,
        @StateId("probeAt") ValueState<Long> probeAt,
        @StateId("arrivals") ValueState<Boolean> arrivals,
        @TimerId("probe") Timer probe,
        MultiOutputReceiver out) {
      RawDocument document = keyed.getValue();
      Long seen = watermark.read();
      long eventMillis = timestamp.getMillis();
      if (seen != null && eventMillis + allowedLatenessMillis < seen) {
        tooLate.inc();
        // Stamped with the watermark seen, not its own time, so that the windowed dead-letter
        // file still takes it (at its own time it is too late there as well).
        out.get(TOO_LATE)
            .outputWithTimestamp(
                DeadLetter.ofText(
                    document.id, STEP, REASON_TOO_LATE,
                    "event time " + timestamp + " is more than " + allowedLatenessMillis
                        + " ms behind the watermark " + new Instant(seen),
                    document.text),
                new Instant(seen));
        return;
      }
      if (seen != null && eventMillis < seen) {
        late.inc();
      }
      out.get(ADMITTED).output(document);
      arrivals.write(true);
      // After an idle spell the next probe may be far off: bring it back near the new documents.
      long wanted = (seen == null ? eventMillis : Math.max(seen, eventMillis)) + stepMillis;
      Long pending = probeAt.read();
      if (pending == null || wanted < pending) {
        probe.withNoOutputTimestamp().set(new Instant(wanted));
        probeAt.write(wanted);
        step.write(stepMillis);
      }
    }

    @OnTimer("probe")
    public void onProbe(
        OnTimerContext context,
        @StateId("watermark") ValueState<Long> watermark,
        @StateId("step") ValueState<Long> step,
        @StateId("probeAt") ValueState<Long> probeAt,
        @StateId("arrivals") ValueState<Boolean> arrivals,
        @TimerId("probe") Timer probe) {
      long fired = context.fireTimestamp().getMillis();
      watermark.write(fired);
      Long last = step.read();
      long next = Boolean.TRUE.equals(arrivals.read()) || last == null ? stepMillis : 2 * last;
      arrivals.write(false);
      long end = GlobalWindow.INSTANCE.maxTimestamp().getMillis();
      if (next < end - fired) {
        probe.withNoOutputTimestamp().set(new Instant(fired + next));
        probeAt.write(fired + next);
        step.write(next);
      } else {
        probeAt.clear();
      }
    }
  }
}
