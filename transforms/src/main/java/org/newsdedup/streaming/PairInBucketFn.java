package org.newsdedup.streaming;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaCoder;
import org.apache.beam.sdk.schemas.SchemaRegistry;
import org.apache.beam.sdk.state.BagState;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.TimeDomain;
import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.TimerSpec;
import org.apache.beam.sdk.state.TimerSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.joda.time.Instant;
import org.newsdedup.model.Sighting;
import org.newsdedup.text.StoryWindow;

/**
 * One LSH bucket's memory. Keyed by bucket, it receives each article that falls into the bucket
 * with the payload its tier scores (shingles or an embedding), sends that payload to every
 * earlier article of the bucket that is within the retention period (and, for stories, the date
 * window), and remembers the new article as a {@link Sighting}. An event-time timer forgets
 * articles a retention period after they arrived. A bucket holding more than {@code
 * maxBucketSize} articles is a shared template, not a copy: a new article is then sent to the
 * latest one only, as the batch pipeline chains oversized buckets.
 *
 * @param <PayloadT> what the tier compares, keyed by the earlier article's id on output
 */
final class PairInBucketFn<PayloadT>
    extends DoFn<KV<String, KV<Sighting, PayloadT>>, KV<String, PayloadT>> {
  private final Counter oversizedBuckets = Metrics.counter(PairInBucketFn.class, "oversizedBuckets");
  private final long retentionMillis;
  private final int windowDays;
  private final int maxBucketSize;
  private transient StoryWindow window;

  @StateId("sightings")
  private final StateSpec<BagState<Sighting>> sightingsSpec = StateSpecs.bag(sightingCoder());

  @StateId("expiry")
  private final StateSpec<ValueState<Long>> expirySpec = StateSpecs.value(VarLongCoder.of());

  @TimerId("expire")
  private final TimerSpec expireSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

  /**
   * @param windowDays dated articles further apart are not sent to each other; {@link
   *     Integer#MAX_VALUE} for no date window
   */
  PairInBucketFn(long retentionMillis, int windowDays, int maxBucketSize) {
    this.retentionMillis = retentionMillis;
    this.windowDays = windowDays;
    this.maxBucketSize = maxBucketSize;
  }

  static SchemaCoder<Sighting> sightingCoder() {
    try {
      return SchemaRegistry.createDefault().getSchemaCoder(Sighting.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("Sighting has a schema", e);
    }
  }

  @Setup
  public void setUp() {
    window = new StoryWindow(windowDays, Math.max(2, maxBucketSize));
  }

  @ProcessElement
  public void process(
      @Element KV<String, KV<Sighting, PayloadT>> arrival,
      @Timestamp Instant timestamp,
      @StateId("sightings") BagState<Sighting> sightings,
      @StateId("expiry") ValueState<Long> expiry,
      @TimerId("expire") Timer expire,
      OutputReceiver<KV<String, PayloadT>> out) {
    Sighting fresh = arrival.getValue().getKey();
    PayloadT payload = arrival.getValue().getValue();
    List<Sighting> earlier = new ArrayList<>();
    for (Sighting seen : sightings.read()) {
      if (seen.id.equals(fresh.id)) {
        return; // the same article again (a redelivered record): it was paired the first time
      }
      if (Math.abs(fresh.eventMillis - seen.eventMillis) <= retentionMillis
          && window.allows(seen.publishedDay, fresh.publishedDay)) {
        earlier.add(seen);
      }
    }
    if (earlier.size() >= maxBucketSize) {
      oversizedBuckets.inc();
      earlier = List.of(latest(earlier));
    }
    for (Sighting seen : earlier) {
      out.output(KV.of(seen.id, payload));
    }
    sightings.add(fresh);
    long expiresAt = fresh.eventMillis + retentionMillis;
    Long pending = expiry.read();
    if (pending == null || expiresAt < pending) {
      long at = Math.max(expiresAt, timestamp.getMillis());
      expire.withNoOutputTimestamp().set(new Instant(at));
      expiry.write(at);
    }
  }

  @OnTimer("expire")
  public void onExpire(
      OnTimerContext context,
      @StateId("sightings") BagState<Sighting> sightings,
      @StateId("expiry") ValueState<Long> expiry,
      @TimerId("expire") Timer expire) {
    long now = context.fireTimestamp().getMillis();
    List<Sighting> kept = new ArrayList<>();
    long next = Long.MAX_VALUE;
    for (Sighting seen : sightings.read()) {
      long expiresAt = seen.eventMillis + retentionMillis;
      if (expiresAt > now) {
        kept.add(seen);
        next = Math.min(next, expiresAt);
      }
    }
    sightings.clear();
    kept.forEach(sightings::add);
    if (kept.isEmpty()) {
      expiry.clear();
    } else {
      expire.withNoOutputTimestamp().set(new Instant(next));
      expiry.write(next);
    }
  }

  private static Sighting latest(List<Sighting> sightings) {
    Sighting latest = sightings.get(0);
    for (Sighting seen : sightings) {
      if (seen.eventMillis > latest.eventMillis
          || (seen.eventMillis == latest.eventMillis && seen.id.compareTo(latest.id) > 0)) {
        latest = seen;
      }
    }
    return latest;
  }

  /** The key of an article's bucket: tier-specific, as text so both tiers share this DoFn. */
  static String bucketKey(String kind, long key) {
    return kind + ":" + Long.toHexString(key);
  }
}
