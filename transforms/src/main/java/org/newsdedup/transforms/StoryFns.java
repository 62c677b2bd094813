package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.join.CoGbkResult;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.Article;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;
import org.newsdedup.model.PassageVectors;
import org.newsdedup.model.StoryVector;
import org.newsdedup.text.ArticleEmbedder;
import org.newsdedup.text.CanonicalOrder;
import org.newsdedup.text.CopyJudge;
import org.newsdedup.text.Cosine;
import org.newsdedup.text.HyperplaneLsh;
import org.newsdedup.text.RewriteJudge;
import org.newsdedup.text.StoryWindow;

/** The small DoFns of {@link GroupSameStory}, each adapting one piece of text logic. */
final class StoryFns {
  static final TupleTag<KV<String, StoryVector>> VECTORS = new TupleTag<>() {};
  static final TupleTag<KV<String, PassageVectors>> PASSAGES = new TupleTag<>() {};
  static final TupleTag<KV<String, StoryVector>> REPRESENTATIVES = new TupleTag<>() {};
  static final TupleTag<KV<String, String>> EXACT_EDGES = new TupleTag<>() {};
  static final TupleTag<StoryVector> VECTOR = new TupleTag<>() {};
  static final TupleTag<String> PARTNER = new TupleTag<>() {};
  static final TupleTag<StoryVector> LEFT = new TupleTag<>() {};
  static final TupleTag<String> COMPONENT = new TupleTag<>() {};
  static final TupleTag<PassageVectors> PASSAGE = new TupleTag<>() {};
  /** A duplicate-group member's (duplicate canonical id, relation to it). */
  static final TupleTag<KV<String, String>> DUPLICATE = new TupleTag<>() {};
  static final TupleTag<KV<String, StoryVector>> MEMBER_VECTORS = new TupleTag<>() {};
  static final TupleTag<KV<String, PassageVectors>> MEMBER_PASSAGES = new TupleTag<>() {};
  static final TupleTag<KV<String, KV<String, KV<String, String>>>> MEMBER_DUPLICATES =
      new TupleTag<>() {};
  static final TupleTag<StoryVector> GROUP_VECTORS = new TupleTag<>() {};
  static final TupleTag<PassageVectors> GROUP_PASSAGES = new TupleTag<>() {};
  static final TupleTag<KV<String, KV<String, String>>> GROUP_DUPLICATES = new TupleTag<>() {};


  private StoryFns() {}

  /**
   * Embeds each article (the model loads once per JVM, in {@code @Setup}) and emits its vector
   * keyed by id, and its passage vectors on {@link #PASSAGES}.
   */
  static final class EmbedFn extends DoFn<Article, KV<String, StoryVector>> {
    private final Counter passages = Metrics.counter(GroupSameStory.class, "embeddedPassages");
    private final Counter busy = StageTime.of(StageTime.STORY_GROUPING);
    private final int maxWords;
    private transient ArticleEmbedder embedder;

    EmbedFn(int maxWords) {
      this.maxWords = maxWords;
    }

    @Setup
    public void setUp() {
      embedder = ArticleEmbedder.create(maxWords);
    }

    @ProcessElement
    public void process(@Element Article article, MultiOutputReceiver out) {
      long started = System.nanoTime();
      ArticleEmbedder.ArticleEmbedding embedding =
          embedder.embedArticles(List.of(article.text)).get(0);
      busy.inc(StageTime.since(started));
      passages.inc(embedding.passages().size());
      out.get(VECTORS)
          .output(
              KV.of(
                  article.id,
                  new StoryVector(
                      article.id,
                      article.contentHash,
                      article.publishedDate,
                      article.wordCount,
                      embedding.article())));
      out.get(PASSAGES).output(KV.of(article.id, new PassageVectors(article.id, embedding.passages())));
    }
  }

  static final class KeyByContentHashFn
      extends DoFn<KV<String, StoryVector>, KV<String, StoryVector>> {
    @ProcessElement
    public void process(
        @Element KV<String, StoryVector> keyed, OutputReceiver<KV<String, StoryVector>> out) {
      out.output(KV.of(keyed.getValue().contentHash, keyed.getValue()));
    }
  }

  /**
   * Exact copies embed identically: one representative per content hash (the smallest id) goes
   * on to the LSH search, and every other copy is linked to it directly, so that a thousand
   * copies of one agency story never fill the LSH buckets.
   */
  static final class LinkExactCopiesFn
      extends DoFn<KV<String, Iterable<StoryVector>>, KV<String, StoryVector>> {
    @ProcessElement
    public void process(@Element KV<String, Iterable<StoryVector>> copies, MultiOutputReceiver out) {
      StoryVector representative = null;
      for (StoryVector copy : copies.getValue()) {
        if (representative == null || copy.id.compareTo(representative.id) < 0) {
          representative = copy;
        }
      }
      out.get(REPRESENTATIVES).output(KV.of(representative.id, representative));
      for (StoryVector copy : copies.getValue()) {
        if (!copy.id.equals(representative.id)) {
          out.get(EXACT_EDGES).output(KV.of(representative.id, copy.id));
        }
      }
    }
  }

  /**
   * Hyperplanes are immutable and take about 0.1 s to draw: one set per JVM and setting, shared
   * by every DoFn instance.
   */
  private static final Map<List<Long>, HyperplaneLsh> HYPERPLANES = new ConcurrentHashMap<>();

  /** Emits (band key, (id, publication day or null)) for every band of the article's vector. */
  static final class BandKeysFn
      extends DoFn<KV<String, StoryVector>, KV<Long, KV<String, @Nullable Long>>> {
    private final int bands;
    private final int rows;
    private final long seed;
    private transient HyperplaneLsh lsh;

    BandKeysFn(int bands, int rows, long seed) {
      this.bands = bands;
      this.rows = rows;
      this.seed = seed;
    }

    @Setup
    public void setUp() {
      lsh =
          HYPERPLANES.computeIfAbsent(
              List.of((long) bands, (long) rows, seed),
              k -> new HyperplaneLsh(ArticleEmbedder.DIMENSION, bands, rows, seed));
    }

    @ProcessElement
    public void process(
        @Element KV<String, StoryVector> keyed,
        OutputReceiver<KV<Long, KV<String, @Nullable Long>>> out) {
      StoryVector vector = keyed.getValue();
      float[] embedding = vector.embedding();
      if (isZero(embedding)) {
        return;
      }
      Long day = StoryWindow.epochDay(vector.publishedDate);
      for (long key : lsh.bandKeys(embedding)) {
        out.output(KV.of(key, KV.of(vector.id, day)));
      }
    }

    private static boolean isZero(float[] v) {
      for (float x : v) {
        if (x != 0) {
          return false;
        }
      }
      return true;
    }
  }

  /** Pairs the articles of one bucket that the date window allows (see {@link StoryWindow}). */
  static final class PairCandidatesFn
      extends DoFn<KV<Long, Iterable<KV<String, @Nullable Long>>>, KV<String, String>> {
    private final Counter oversizedBuckets =
        Metrics.counter(GroupSameStory.class, "oversizedBuckets");
    private final int windowDays;
    private final int maxBucketSize;
    private transient StoryWindow window;

    PairCandidatesFn(int windowDays, int maxBucketSize) {
      this.windowDays = windowDays;
      this.maxBucketSize = maxBucketSize;
    }

    @Setup
    public void setUp() {
      window = new StoryWindow(windowDays, maxBucketSize);
    }

    @ProcessElement
    public void process(
        @Element KV<Long, Iterable<KV<String, @Nullable Long>>> bucket,
        OutputReceiver<KV<String, String>> out) {
      List<StoryWindow.Dated> members = new ArrayList<>();
      for (KV<String, @Nullable Long> member : bucket.getValue()) {
        members.add(new StoryWindow.Dated(member.getKey(), member.getValue()));
      }
      if (members.size() < 2) {
        return;
      }
      if (window.isOversized(members.size())) {
        oversizedBuckets.inc();
      }
      for (StoryWindow.Pair pair : window.pairs(members)) {
        out.output(KV.of(pair.left(), pair.right()));
      }
    }
  }

  /** Sends the left article's vector to each of its partners. */
  static final class SendToPartnerFn
      extends DoFn<KV<String, CoGbkResult>, KV<String, StoryVector>> {
    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, StoryVector>> out) {
      Iterator<StoryVector> own = joined.getValue().getAll(VECTOR).iterator();
      if (!own.hasNext()) {
        return;
      }
      StoryVector left = own.next();
      for (String partner : joined.getValue().getAll(PARTNER)) {
        out.output(KV.of(partner, left));
      }
    }
  }

  /** Scores each candidate pair by cosine and keeps those at or above the threshold. */
  static final class ScorePairsFn extends DoFn<KV<String, CoGbkResult>, KV<String, String>> {
    private final Counter candidates = Metrics.counter(GroupSameStory.class, "candidatePairs");
    private final Counter accepted = Metrics.counter(GroupSameStory.class, "storyEdges");
    private final Counter busy = StageTime.of(StageTime.STORY_GROUPING);
    private final double minCosine;

    ScorePairsFn(double minCosine) {
      this.minCosine = minCosine;
    }

    @ProcessElement
    public void process(
        @Element KV<String, CoGbkResult> joined, OutputReceiver<KV<String, String>> out) {
      Iterator<StoryVector> own = joined.getValue().getAll(VECTOR).iterator();
      if (!own.hasNext()) {
        return;
      }
      StoryVector right = own.next();
      float[] rightEmbedding = right.embedding();
      for (StoryVector left : joined.getValue().getAll(LEFT)) {
        candidates.inc();
        long started = System.nanoTime();
        boolean sameStory = Cosine.of(left.embedding(), rightEmbedding) >= minCosine;
        busy.inc(StageTime.since(started));
        if (sameStory) {
          accepted.inc();
          out.output(KV.of(left.id, right.id));
        }
      }
    }
  }

  /** Links every member of a duplicate group to its canonical article. */
  static final class DuplicateEdgesFn extends DoFn<DocumentGroup, KV<String, String>> {
    @ProcessElement
    public void process(@Element DocumentGroup group, OutputReceiver<KV<String, String>> out) {
      for (GroupMember member : group.members) {
        if (!member.id.equals(group.canonicalId)) {
          out.output(KV.of(group.canonicalId, member.id));
        }
      }
    }
  }

  /** What the shingle tier says of each duplicate-group member: (its canonical, relation). */
  static final class DuplicateRelationsFn
      extends DoFn<DocumentGroup, KV<String, KV<String, String>>> {
    @ProcessElement
    public void process(
        @Element DocumentGroup group, OutputReceiver<KV<String, KV<String, String>>> out) {
      for (GroupMember member : group.members) {
        out.output(KV.of(member.id, KV.of(group.canonicalId, member.relation)));
      }
    }
  }

  /** Sends each grouped article's vector, passages and duplicate facts to its component. */
  static final class KeyByComponentFn extends DoFn<KV<String, CoGbkResult>, KV<String, StoryVector>> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> joined, MultiOutputReceiver out) {
      String component = joined.getValue().getOnly(COMPONENT, null);
      if (component == null) {
        return;
      }
      for (StoryVector vector : joined.getValue().getAll(VECTOR)) {
        out.get(MEMBER_VECTORS).output(KV.of(component, vector));
      }
      for (PassageVectors passages : joined.getValue().getAll(PASSAGE)) {
        out.get(MEMBER_PASSAGES).output(KV.of(component, passages));
      }
      for (KV<String, String> duplicate : joined.getValue().getAll(DUPLICATE)) {
        out.get(MEMBER_DUPLICATES).output(KV.of(component, KV.of(joined.getKey(), duplicate)));
      }
    }
  }

  /**
   * Describes one story group: the canonical article by {@link CanonicalOrder}, and each member's
   * cosine to it ({@code similarity}), passage alignment with it ({@code containment}) and
   * relation: what the duplicate tier says when the member is in the canonical article's
   * duplicate group, {@code exact} for the same content hash, else {@code rewrite} or
   * {@code same-story} by {@link RewriteJudge}.
   */
  static final class DescribeStoryFn extends DoFn<KV<String, CoGbkResult>, DocumentGroup> {
    @ProcessElement
    public void process(@Element KV<String, CoGbkResult> component, OutputReceiver<DocumentGroup> out) {
      CoGbkResult joined = component.getValue();
      StoryVector canonical = null;
      for (StoryVector member : joined.getAll(GROUP_VECTORS)) {
        if (canonical == null
            || CanonicalOrder.FIRST_IS_CANONICAL.compare(candidate(member), candidate(canonical))
                < 0) {
          canonical = member;
        }
      }
      if (canonical == null) {
        return;
      }
      Map<String, List<float[]>> passages = new HashMap<>();
      for (PassageVectors member : joined.getAll(GROUP_PASSAGES)) {
        passages.put(member.id, member.passages());
      }
      Map<String, KV<String, String>> duplicates = new HashMap<>();
      for (KV<String, KV<String, String>> duplicate : joined.getAll(GROUP_DUPLICATES)) {
        duplicates.put(duplicate.getKey(), duplicate.getValue());
      }
      float[] canonicalEmbedding = canonical.embedding();
      List<float[]> canonicalPassages = passages.getOrDefault(canonical.id, List.of());
      List<GroupMember> members = new ArrayList<>();
      for (StoryVector member : joined.getAll(GROUP_VECTORS)) {
        if (member.id.equals(canonical.id)) {
          members.add(new GroupMember(member.id, 1.0, 1.0, CopyJudge.CANONICAL));
          continue;
        }
        double cosine = Cosine.of(member.embedding(), canonicalEmbedding);
        double alignment =
            RewriteJudge.alignment(passages.getOrDefault(member.id, List.of()), canonicalPassages);
        members.add(
            new GroupMember(
                member.id,
                DuplicateFns.round(cosine),
                DuplicateFns.round(alignment),
                relation(member, canonical, alignment, duplicates)));
      }
      members.sort(Comparator.comparing(m -> m.id));
      String groupId = DocumentGroup.idFor(DocumentGroup.TIER_STORY, canonical.contentHash);
      out.output(new DocumentGroup(groupId, DocumentGroup.TIER_STORY, canonical.id, members));
    }

    private static String relation(
        StoryVector member,
        StoryVector canonical,
        double alignment,
        Map<String, KV<String, String>> duplicates) {
      KV<String, String> duplicate = duplicates.get(member.id);
      if (duplicate != null && duplicate.getKey().equals(canonical.id)) {
        return duplicate.getValue();
      }
      if (member.contentHash.equals(canonical.contentHash)) {
        return CopyJudge.EXACT;
      }
      return RewriteJudge.relation(alignment);
    }

    private static CanonicalOrder.Candidate candidate(StoryVector vector) {
      return new CanonicalOrder.Candidate(vector.id, vector.publishedDate, vector.wordCount);
    }
  }
}
