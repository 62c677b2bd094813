package org.newsdedup.streaming;

import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
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
import org.newsdedup.model.ArticleMatch;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.SetSimilarity;

/**
 * An article's own key in the duplicate tier. Its own fingerprint (keyed by its own id) is kept
 * for a retention period; a later article's fingerprint sent here by a shared bucket is verified
 * against it on the true shingle sets with the batch pipeline's {@link CopyJudge}, and a copy
 * becomes an {@link ArticleMatch}. A fingerprint that comes before the article's own (they travel
 * by different paths) waits for it.
 */
final class ScoreCopiesFn extends DoFn<KV<String, Fingerprint>, ArticleMatch> {
  private final Counter verified = Metrics.counter(ScoreCopiesFn.class, "candidatePairs");
  private final Counter accepted = Metrics.counter(ScoreCopiesFn.class, "copyMatches");
  private final CopyJudge judge;
  private final long retentionMillis;

  @StateId("own")
  private final StateSpec<ValueState<Fingerprint>> ownSpec = StateSpecs.value();

  @StateId("waiting")
  private final StateSpec<BagState<Fingerprint>> waitingSpec = StateSpecs.bag();

  @StateId("expiry")
  private final StateSpec<ValueState<Long>> expirySpec = StateSpecs.value(VarLongCoder.of());

  @TimerId("expire")
  private final TimerSpec expireSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

  ScoreCopiesFn(CopyJudge judge, long retentionMillis) {
    this.judge = judge;
    this.retentionMillis = retentionMillis;
  }

  @ProcessElement
  public void process(
      @Element KV<String, Fingerprint> message,
      @Timestamp Instant timestamp,
      @StateId("own") ValueState<Fingerprint> own,
      @StateId("waiting") BagState<Fingerprint> waiting,
      @StateId("expiry") ValueState<Long> expiry,
      @TimerId("expire") Timer expire,
      OutputReceiver<ArticleMatch> out) {
    Fingerprint arrived = message.getValue();
    if (arrived.id.equals(message.getKey())) {
      own.write(arrived);
      Expiry.extend(expiry, expire, timestamp, retentionMillis);
      for (Fingerprint later : waiting.read()) {
        score(later, arrived, out);
      }
      waiting.clear();
    } else {
      Fingerprint kept = own.read();
      if (kept == null) {
        waiting.add(arrived);
        Expiry.extend(expiry, expire, timestamp, retentionMillis);
      } else {
        score(arrived, kept, out);
      }
    }
  }

  @OnTimer("expire")
  public void onExpire(
      @StateId("own") ValueState<Fingerprint> own,
      @StateId("waiting") BagState<Fingerprint> waiting,
      @StateId("expiry") ValueState<Long> expiry) {
    own.clear();
    waiting.clear();
    expiry.clear();
  }

  private void score(Fingerprint later, Fingerprint earlier, OutputReceiver<ArticleMatch> out) {
    verified.inc();
    boolean exact = later.contentHash.equals(earlier.contentHash);
    SetSimilarity.Scores scores =
        exact
            ? new SetSimilarity.Scores(1.0, 1.0)
            : SetSimilarity.compare(later.shingles(), earlier.shingles());
    String relation = exact ? CopyJudge.EXACT : judge.relation(scores);
    if (relation == null) {
      return;
    }
    accepted.inc();
    out.output(
        new ArticleMatch(
            later.id, later.contentHash, earlier.id, earlier.contentHash,
            DocumentGroup.TIER_DUPLICATE, relation,
            Scores.round(scores.jaccard()), Scores.round(scores.containment())));
  }
}
