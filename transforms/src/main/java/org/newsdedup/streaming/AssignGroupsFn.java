package org.newsdedup.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.ListCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.state.MapState;
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
import org.newsdedup.model.Assignment;

/**
 * The groups of one tier (keyed by tier), kept as a union-find over the verified matches: each
 * match joins its two articles' groups, and every article whose group changes gets an {@link
 * Assignment} at once. A group is named when it is founded, after the content hash of its
 * first-seen member (the earlier article of the founding match), and keeps that id: when a match
 * joins two groups, the younger one is merged into the older one and its members are reassigned.
 * An article leaves the groups a retention period after the last match that involved it; a group
 * lasts while any member is left.
 */
final class AssignGroupsFn extends DoFn<KV<String, ArticleMatch>, Assignment> {
  private static final int GROUP_ID_HEX_CHARS = 16;

  private final long retentionMillis;
  /** Expiry runs at most this often: each run scans the tier's articles once. */
  private final long expiryStepMillis;

  @StateId("groupOf")
  private final StateSpec<MapState<String, String>> groupOfSpec =
      StateSpecs.map(StringUtf8Coder.of(), StringUtf8Coder.of());

  @StateId("members")
  private final StateSpec<MapState<String, List<String>>> membersSpec =
      StateSpecs.map(StringUtf8Coder.of(), ListCoder.of(StringUtf8Coder.of()));

  @StateId("founded")
  private final StateSpec<MapState<String, Long>> foundedSpec =
      StateSpecs.map(StringUtf8Coder.of(), VarLongCoder.of());

  @StateId("expiresAt")
  private final StateSpec<MapState<String, Long>> expiresAtSpec =
      StateSpecs.map(StringUtf8Coder.of(), VarLongCoder.of());

  @StateId("sequence")
  private final StateSpec<ValueState<Long>> sequenceSpec = StateSpecs.value(VarLongCoder.of());

  @StateId("nextExpiry")
  private final StateSpec<ValueState<Long>> nextExpirySpec = StateSpecs.value(VarLongCoder.of());

  @TimerId("expire")
  private final TimerSpec expireSpec = TimerSpecs.timer(TimeDomain.EVENT_TIME);

  AssignGroupsFn(long retentionMillis) {
    this.retentionMillis = retentionMillis;
    this.expiryStepMillis = Math.max(1_000L, retentionMillis / 64);
  }

  /** The state of one tier's groups, read and written through Beam state. */
  private record Groups(
      MapState<String, String> groupOf,
      MapState<String, List<String>> members,
      MapState<String, Long> founded,
      ValueState<Long> sequence) {
    long next() {
      Long last = sequence.read();
      long next = last == null ? 0 : last + 1;
      sequence.write(next);
      return next;
    }

    List<String> membersOf(String group) {
      List<String> list = members.get(group).read();
      return list == null ? List.of() : list;
    }

    void add(String group, String article) {
      List<String> list = new ArrayList<>(membersOf(group));
      list.add(article);
      members.put(group, list);
      groupOf.put(article, group);
    }
  }

  @ProcessElement
  public void process(
      @Element KV<String, ArticleMatch> keyed,
      @Timestamp Instant timestamp,
      @StateId("groupOf") MapState<String, String> groupOf,
      @StateId("members") MapState<String, List<String>> members,
      @StateId("founded") MapState<String, Long> founded,
      @StateId("expiresAt") MapState<String, Long> expiresAt,
      @StateId("sequence") ValueState<Long> sequence,
      @StateId("nextExpiry") ValueState<Long> nextExpiry,
      @TimerId("expire") Timer expire,
      OutputReceiver<Assignment> out) {
    ArticleMatch match = keyed.getValue();
    Groups groups = new Groups(groupOf, members, founded, sequence);
    String articleGroup = groupOf.get(match.articleId).read();
    String matchedGroup = groupOf.get(match.matchedId).read();
    if (articleGroup == null && matchedGroup == null) {
      String group =
          match.tier + "-" + match.matchedContentHash.substring(0, GROUP_ID_HEX_CHARS);
      founded.put(group, groups.next());
      groups.add(group, match.matchedId);
      groups.add(group, match.articleId);
      out.output(assignment(match.matchedId, match.articleId, group, match, groups));
      out.output(assignment(match.articleId, match.matchedId, group, match, groups));
    } else if (articleGroup == null) {
      groups.add(matchedGroup, match.articleId);
      out.output(assignment(match.articleId, match.matchedId, matchedGroup, match, groups));
    } else if (matchedGroup == null) {
      groups.add(articleGroup, match.matchedId);
      out.output(assignment(match.matchedId, match.articleId, articleGroup, match, groups));
    } else if (!articleGroup.equals(matchedGroup)) {
      merge(articleGroup, matchedGroup, match, groups, out);
    }
    long expiry = timestamp.getMillis() + retentionMillis;
    keepUntil(expiresAt, match.articleId, expiry);
    keepUntil(expiresAt, match.matchedId, expiry);
    Long pending = nextExpiry.read();
    if (pending == null) {
      long at = roundUp(expiry);
      expire.withNoOutputTimestamp().set(new Instant(at));
      nextExpiry.write(at);
    }
  }

  /** Moves the younger group's members into the older group, reassigning each. */
  private static void merge(
      String groupA, String groupB, ArticleMatch match, Groups groups, OutputReceiver<Assignment> out) {
    boolean aIsOlder = groups.founded.get(groupA).read() < groups.founded.get(groupB).read();
    String older = aIsOlder ? groupA : groupB;
    String younger = aIsOlder ? groupB : groupA;
    List<String> moved = groups.membersOf(younger);
    List<String> joined = new ArrayList<>(groups.membersOf(older));
    joined.addAll(moved);
    groups.members.put(older, joined);
    groups.members.remove(younger);
    groups.founded.remove(younger);
    for (String member : moved) {
      groups.groupOf.put(member, older);
      out.output(
          new Assignment(
              member, older, match.tier, Assignment.MERGED, match.articleId, match.similarity,
              match.containment, younger, groups.next()));
    }
  }

  private static Assignment assignment(
      String article, String matched, String group, ArticleMatch match, Groups groups) {
    return new Assignment(
        article, group, match.tier, match.relation, matched, match.similarity, match.containment,
        null, groups.next());
  }

  private static void keepUntil(MapState<String, Long> expiresAt, String article, long millis) {
    Long set = expiresAt.get(article).read();
    if (set == null || millis > set) {
      expiresAt.put(article, millis);
    }
  }

  @OnTimer("expire")
  public void onExpire(
      OnTimerContext context,
      @StateId("groupOf") MapState<String, String> groupOf,
      @StateId("members") MapState<String, List<String>> members,
      @StateId("founded") MapState<String, Long> founded,
      @StateId("expiresAt") MapState<String, Long> expiresAt,
      @StateId("nextExpiry") ValueState<Long> nextExpiry,
      @TimerId("expire") Timer expire) {
    long now = context.fireTimestamp().getMillis();
    long next = Long.MAX_VALUE;
    List<String> expired = new ArrayList<>();
    for (Map.Entry<String, Long> entry : expiresAt.entries().read()) {
      if (entry.getValue() <= now) {
        expired.add(entry.getKey());
      } else {
        next = Math.min(next, entry.getValue());
      }
    }
    for (String article : expired) {
      expiresAt.remove(article);
      String group = groupOf.get(article).read();
      groupOf.remove(article);
      if (group == null) {
        continue;
      }
      List<String> left = new ArrayList<>(members.get(group).read());
      left.remove(article);
      if (left.isEmpty()) {
        members.remove(group);
        founded.remove(group);
      } else {
        members.put(group, left);
      }
    }
    if (next == Long.MAX_VALUE) {
      nextExpiry.clear();
    } else {
      long at = roundUp(next);
      expire.withNoOutputTimestamp().set(new Instant(at));
      nextExpiry.write(at);
    }
  }

  private long roundUp(long millis) {
    return (millis / expiryStepMillis + 1) * expiryStepMillis;
  }
}
