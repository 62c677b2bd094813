package org.newsdedup.streaming;

import java.util.List;
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
import org.newsdedup.model.PassageVectors;
import org.newsdedup.model.StoryVector;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.Cosine;
import org.newsdedup.text.RewriteJudge;

/**
 * An article's own key in the story tier: as {@link ScoreCopiesFn}, with embeddings. A later
 * article sent here by a shared bucket is a report of the same story when the cosine of the two
 * article embeddings reaches {@code minCosine}; its relation is {@code exact} for the same
 * content hash, else {@code rewrite} or {@code same-story} by the batch pipeline's {@link
 * RewriteJudge} on the two articles' passages.
 */
final class ScoreStoriesFn extends DoFn<KV<String, KV<StoryVector, PassageVectors>>, ArticleMatch> {
  private final Counter compared = Metrics.counter(ScoreStoriesFn.class, "candidatePairs");
  private final Counter accepted = Metrics.counter(ScoreStoriesFn.class, "storyMatches");
  private final double minCosine;
  private final long retentionMillis;

  @StateId("own")
  private final StateSpec<ValueState<KV<StoryVector, PassageVectors>>> ownSpec =
      StateSpecs.value();

  @StateId("waiting")
  private final StateSpec<BagState<KV<StoryVector, PassageVectors>>> waitingSpec =
      StateSpecs.bag();

  @StateId("expiry")
  private final StateSpec<ValueState<Long>> expirySpec = StateSpecs.value(VarLongCoder.of());

  @TimerId("expire")
  private final TimerSpec expireSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

  ScoreStoriesFn(double minCosine, long retentionMillis) {
    this.minCosine = minCosine;
    this.retentionMillis = retentionMillis;
  }

  @ProcessElement
  public void process(
      @Element KV<String, KV<StoryVector, PassageVectors>> message,
      @Timestamp Instant timestamp,
      @StateId("own") ValueState<KV<StoryVector, PassageVectors>> own,
      @StateId("waiting") BagState<KV<StoryVector, PassageVectors>> waiting,
      @StateId("expiry") ValueState<Long> expiry,
      @TimerId("expire") Timer expire,
      OutputReceiver<ArticleMatch> out) {
    KV<StoryVector, PassageVectors> arrived = message.getValue();
    if (arrived.getKey().id.equals(message.getKey())) {
      own.write(arrived);
      Expiry.extend(expiry, expire, timestamp, retentionMillis);
      for (KV<StoryVector, PassageVectors> later : waiting.read()) {
        score(later, arrived, out);
      }
      waiting.clear();
      return;
    }
    KV<StoryVector, PassageVectors> kept = own.read();
    if (kept == null) {
      waiting.add(arrived);
      Expiry.extend(expiry, expire, timestamp, retentionMillis);
    } else {
      score(arrived, kept, out);
    }
  }

  @OnTimer("expire")
  public void onExpire(
      @StateId("own") ValueState<KV<StoryVector, PassageVectors>> own,
      @StateId("waiting") BagState<KV<StoryVector, PassageVectors>> waiting,
      @StateId("expiry") ValueState<Long> expiry) {
    own.clear();
    waiting.clear();
    expiry.clear();
  }

  private void score(
      KV<StoryVector, PassageVectors> later,
      KV<StoryVector, PassageVectors> earlier,
      OutputReceiver<ArticleMatch> out) {
    compared.inc();
    StoryVector laterVector = later.getKey();
    StoryVector earlierVector = earlier.getKey();
    double cosine = Cosine.of(laterVector.embedding(), earlierVector.embedding());
    // Exact copies are one story even when they have no passage to embed (zero vectors).
    boolean exact = laterVector.contentHash.equals(earlierVector.contentHash);
    if (!exact && cosine < minCosine) {
      return;
    }
    accepted.inc();
    List<float[]> laterPassages = later.getValue().passages();
    double alignment = RewriteJudge.alignment(laterPassages, earlier.getValue().passages());
    String relation = exact ? CopyJudge.EXACT : RewriteJudge.relation(alignment);
    out.output(
        new ArticleMatch(
            laterVector.id, laterVector.contentHash, earlierVector.id, earlierVector.contentHash,
            DocumentGroup.TIER_STORY, relation, Scores.round(cosine), Scores.round(alignment)));
  }
}
