package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak run: the streaming pipeline between two topics of a real broker for many minutes at a
 * steady rate, with a retention short enough to be exceeded several times over. Run on demand
 * only ({@code -Dnewsdedup.soakMinutes=10}; see docs/streaming.md). It checks that every article
 * fed comes out once (as an article or a dead letter), that exactly the articles with a copy
 * within the retention are assigned, each once, in one group per family, and that the heap
 * sampled after collections stays flat once the retention has filled; it prints the heap series,
 * its slope and the latency from an article's append to its assignment on the output topic.
 */
@EnabledIfSystemProperty(named = "newsdedup.soakMinutes", matches = "[1-9][0-9]*")
class KafkaSoakTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ARTICLES = "soak-articles";
  private static final String ASSIGNMENTS = "soak-assignments";
  private static final long HEAP_PERIOD_SECONDS = 30;
  /** Growth of the heap, over the run after the retention filled, that still counts as flat. */
  private static final double FLAT_GROWTH_SHARE = 0.2;

  /** Held, so that the levels set on them stay set: the broker and the runner log every step. */
  private static final List<Logger> QUIET =
      List.of(Logger.getLogger("kafka"), Logger.getLogger("org.apache"));

  @TempDir Path temp;

  @BeforeAll
  static void quiet() {
    QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
  }

  @Test
  void aSteadyFeedComesOutCompleteWithoutGrowingTheHeap() throws Exception {
    int minutes = Integer.getInteger("newsdedup.soakMinutes");
    int rate = Integer.getInteger("newsdedup.soakRate", 10);
    long retentionSeconds = Long.getLong("newsdedup.soakRetentionSeconds", 120);
    String tiers = System.getProperty("newsdedup.soakTiers", "duplicate");
    // Every copy must be well within the retention of its original, every stale one well past it.
    assertTrue(
        retentionSeconds >= SoakFeed.MAX_LAG_SECONDS + 30,
        "newsdedup.soakRetentionSeconds must be at least " + (SoakFeed.MAX_LAG_SECONDS + 30));
    SoakFeed feed = SoakFeed.fromTestdata(StreamingFixtures.TESTDATA);
    List<SoakFeed.Planned> plan =
        feed.plan(rate * minutes * 60, rate, (int) retentionSeconds + 30, 20261125L);
    System.out.printf(
        Locale.ROOT, "soak: %d min at %d articles/s, retention %d s, tiers %s; %d records "
            + "(%d copies, %d of them after the retention) from %d sentences%n",
        minutes, rate, retentionSeconds, tiers, plan.size(),
        plan.stream().filter(SoakFeed.Planned::isCopy).count(),
        plan.stream().filter(p -> p.id().endsWith(SoakFeed.STALE)).count(), feed.sentenceCount());

    Path out = temp.resolve("out");
    Map<String, Long> appended = new ConcurrentHashMap<>();
    List<ConsumerRecord<String, String>> assigned = new ArrayList<>();
    List<HeapSampler.Sample> heap;
    try (LocalKafka kafka = LocalKafka.start()) {
      kafka.createTopics(4, ARTICLES, ASSIGNMENTS);
      PipelineResult job = start(kafka, out, retentionSeconds, tiers);
      try (KafkaConsumer<String, String> consumer = kafka.consumer(ASSIGNMENTS)) {
        warmUp(kafka, consumer, assigned);
        // The heap is sampled while the feed runs: the drain after it is no steady state.
        try (HeapSampler sampler = HeapSampler.every(HEAP_PERIOD_SECONDS)) {
          Thread producer = new Thread(() -> produce(kafka.bootstrap(), plan, rate, appended));
          producer.start();
          while (producer.isAlive()) {
            consumer.poll(Duration.ofMillis(500)).forEach(assigned::add);
          }
          heap = sampler.samples();
        }
        Set<String> fed = ids(plan);
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (!comeOut(out, fed) && System.nanoTime() < deadline) {
          consumer.poll(Duration.ofSeconds(2)).forEach(assigned::add);
        }
        // Time for any assignment made twice to show.
        assigned.addAll(LocalKafka.pollUntil(consumer, r -> false, Duration.ofSeconds(20)));
      } finally {
        job.cancel();
      }
    }

    printHeap(heap, retentionSeconds);
    printLatency(plan, appended, assigned);
    checkEveryArticleCameOutOnce(out, plan);
    checkAssignments(plan, appended, assigned, retentionSeconds * 1000);
    checkHeapIsFlat(heap, retentionSeconds);
  }

  /** Starts the job; {@code newsdedup.soakArgs} adds pipeline options, e.g. another runner. */
  private static PipelineResult start(LocalKafka kafka, Path out, long retentionSeconds, String tiers) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--kafkaBootstrap=" + kafka.bootstrap(), "--kafkaTopic=" + ARTICLES,
                "--outputTopic=" + ASSIGNMENTS, "--kafkaGroupId=soak", "--output=" + out,
                "--retention=PT" + retentionSeconds + "S", "--tiers=" + tiers));
    String extra = System.getProperty("newsdedup.soakArgs", "").strip();
    if (!extra.isEmpty()) {
      args.addAll(List.of(extra.split("\\s+")));
    }
    System.out.println("pipeline options: " + String.join(" ", args));
    NewsDedupStreamingOptions options = NewsDedupStreaming.parse(args.toArray(String[]::new));
    options.as(DirectOptions.class).setBlockOnRun(false);
    return NewsDedupStreaming.run(options);
  }

  /** One pair of copies through the job first, so that its start-up is not in the figures. */
  private static void warmUp(
      LocalKafka kafka, KafkaConsumer<String, String> consumer,
      List<ConsumerRecord<String, String>> assigned) throws Exception {
    String text = SoakFeed.fromTestdata(StreamingFixtures.TESTDATA).plan(1, 1, 0, 1L).get(0).text();
    List<byte[]> pair = new ArrayList<>();
    for (String id : List.of("warmup-a", "warmup-b")) {
      pair.add(SoakFeed.record(new SoakFeed.Planned(0, id, id, text)));
    }
    long started = System.nanoTime();
    kafka.produce(ARTICLES, pair);
    assigned.addAll(LocalKafka.pollUntil(consumer, r -> r.size() >= 2, Duration.ofMinutes(5)));
    System.out.printf(Locale.ROOT, "job warm after %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  private static void produce(
      String bootstrap, List<SoakFeed.Planned> plan, int rate, Map<String, Long> appended) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.LINGER_MS_CONFIG, 0,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
      long start = System.nanoTime();
      for (SoakFeed.Planned planned : plan) {
        long wait = start + (long) (planned.slot() * 1e9 / rate) - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        long now = System.currentTimeMillis();
        appended.put(planned.id(), now);
        producer.send(new ProducerRecord<>(ARTICLES, null, now, null, SoakFeed.record(planned)));
      }
    } catch (Exception e) {
      throw new IllegalStateException("the feed stopped", e);
    }
  }

  private static Set<String> ids(List<SoakFeed.Planned> plan) {
    Set<String> ids = new HashSet<>();
    plan.forEach(p -> ids.add(p.id()));
    return ids;
  }

  /** Whether every article fed is in the article or dead-letter files yet. */
  private static boolean comeOut(Path out, Set<String> fed) throws IOException {
    return outcomes(out).keySet().containsAll(fed);
  }

  /** How often each id came out, as an article (by id) or a dead letter (by source). */
  private static Map<String, Integer> outcomes(Path out) throws IOException {
    Map<String, Integer> outcomes = new HashMap<>();
    for (JsonNode article : lines(out, "articles-")) {
      outcomes.merge(article.get("id").asText(), 1, Integer::sum);
    }
    for (JsonNode deadLetter : lines(out, "dead-letter-")) {
      outcomes.merge(deadLetter.get("source").asText(), 1, Integer::sum);
    }
    return outcomes;
  }

  private static void checkEveryArticleCameOutOnce(Path out, List<SoakFeed.Planned> plan)
      throws IOException {
    Map<String, Integer> outcomes = outcomes(out);
    List<String> missing = new ArrayList<>();
    List<String> twice = new ArrayList<>();
    for (SoakFeed.Planned planned : plan) {
      Integer count = outcomes.get(planned.id());
      if (count == null) {
        missing.add(planned.id());
      } else if (count > 1) {
        twice.add(planned.id());
      }
    }
    System.out.printf(
        "articles out: %d of %d fed (dead letters %d), missing %d, more than once %d%n",
        plan.size() - missing.size(), plan.size(), lines(out, "dead-letter-").size(),
        missing.size(), twice.size());
    assertEquals(List.of(), head(missing), "fed but never out");
    assertEquals(List.of(), head(twice), "out more than once");
  }

  /**
   * The duplicate tier's truth: the members of a family (an original and its copies) that
   * arrived within the retention of each other are linked; each linked set is one group, and
   * every article in one is assigned exactly once, apart from reassignments when two of its
   * groups merge. Articles linked to nothing are not assigned at all.
   */
  private static void checkAssignments(
      List<SoakFeed.Planned> plan, Map<String, Long> appended,
      List<ConsumerRecord<String, String>> records, long retentionMillis) throws IOException {
    Map<String, String> expectedFamily = SoakTruth.linkedFamilies(plan, appended, retentionMillis);
    Map<String, Integer> firstAssignments = new TreeMap<>();
    Map<String, JsonNode> current = new HashMap<>();
    Map<String, Integer> storyAssignments = new TreeMap<>();
    for (ConsumerRecord<String, String> record : records) {
      JsonNode a = JSON.readTree(record.value());
      String article = a.get("articleId").asText();
      if (article.startsWith("warmup-")) {
        continue;
      }
      boolean reassigned = a.get("relation").asText().equals("merged");
      boolean story = a.get("tier").asText().equals("story");
      if (!reassigned) {
        (story ? storyAssignments : firstAssignments).merge(article, 1, Integer::sum);
      }
      if (!story) {
        keepLatest(current, article, a);
      }
    }
    Set<String> unexpected = new TreeSet<>(firstAssignments.keySet());
    unexpected.removeAll(expectedFamily.keySet());
    Set<String> unassigned = new TreeSet<>(expectedFamily.keySet());
    unassigned.removeAll(firstAssignments.keySet());
    List<String> twice = new ArrayList<>();
    for (Map<String, Integer> tier : List.of(firstAssignments, storyAssignments)) {
      tier.forEach((id, n) -> twice.addAll(n > 1 ? List.of(id + " ×" + n) : List.of()));
    }
    Map<String, Set<String>> groupsOfFamily = new TreeMap<>();
    Map<String, Set<String>> familiesOfGroup = new TreeMap<>();
    current.forEach((id, a) -> {
      String family = expectedFamily.getOrDefault(id, "none");
      String group = a.get("groupId").asText();
      groupsOfFamily.computeIfAbsent(family, f -> new TreeSet<>()).add(group);
      familiesOfGroup.computeIfAbsent(group, g -> new TreeSet<>()).add(family);
    });
    System.out.printf(
        "duplicate assignments: %d articles expected, %d assigned (unexpected %d, missing %d, "
            + "more than once %d), %d groups for %d families%n",
        expectedFamily.size(), firstAssignments.size(), unexpected.size(), unassigned.size(),
        twice.size(), familiesOfGroup.size(), new HashSet<>(expectedFamily.values()).size());
    assertEquals(List.of(), head(List.copyOf(unexpected)), "assigned without a copy");
    assertEquals(List.of(), head(List.copyOf(unassigned)), "copies never assigned");
    assertEquals(List.of(), head(twice), "assigned more than once");
    groupsOfFamily.forEach((f, g) -> assertEquals(1, g.size(), "family " + f + " in groups " + g));
    familiesOfGroup.forEach((g, f) -> assertEquals(1, f.size(), "group " + g + " holds " + f));
  }

  private static void keepLatest(Map<String, JsonNode> current, String article, JsonNode a) {
    JsonNode kept = current.get(article);
    if (kept == null || kept.get("sequence").asLong() < a.get("sequence").asLong()) {
      current.put(article, a);
    }
  }

  /** Append to assignment on the output topic, for each copy's own first assignment. */
  private static void printLatency(
      List<SoakFeed.Planned> plan, Map<String, Long> appended,
      List<ConsumerRecord<String, String>> records) throws IOException {
    Set<String> copies = new HashSet<>();
    plan.stream().filter(SoakFeed.Planned::isCopy).forEach(p -> copies.add(p.id()));
    Map<String, Long> latency = new HashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      JsonNode a = JSON.readTree(record.value());
      String article = a.get("articleId").asText();
      if (copies.contains(article) && a.get("tier").asText().equals("duplicate")) {
        latency.putIfAbsent(article, record.timestamp() - appended.get(article));
      }
    }
    List<Long> sorted = latency.values().stream().sorted().toList();
    System.out.printf(
        "latency append -> assignment (%d copies): median %d ms, p95 %d ms, max %d ms%n",
        sorted.size(), percentile(sorted, 0.50), percentile(sorted, 0.95),
        percentile(sorted, 1.0));
  }

  private static void printHeap(List<HeapSampler.Sample> heap, long retentionSeconds) {
    System.out.println("heap after GC (s, MB, load average):");
    for (HeapSampler.Sample s : heap) {
      System.out.printf(
          Locale.ROOT, "  %5.0f %7.1f %5.2f%n", s.seconds(), s.heapMb(), s.loadAverage());
    }
    System.out.printf(
        Locale.ROOT, "heap slope after the retention filled (from %d s): %.2f MB/min%n",
        filledAfter(retentionSeconds), HeapSampler.slopeMbPerMinute(heap, filledAfter(retentionSeconds)));
  }

  /**
   * Flat: over the samples after the retention filled, the fitted growth is less than a fifth of
   * the mean heap. Needs at least four such samples.
   */
  private static void checkHeapIsFlat(List<HeapSampler.Sample> heap, long retentionSeconds) {
    List<HeapSampler.Sample> filled =
        heap.stream().filter(s -> s.seconds() >= filledAfter(retentionSeconds)).toList();
    if (filled.size() < 4) {
      System.out.println("heap: run too short after the retention filled to judge its slope");
      return;
    }
    double minutes = (filled.get(filled.size() - 1).seconds() - filled.get(0).seconds()) / 60;
    double growth = HeapSampler.slopeMbPerMinute(heap, filledAfter(retentionSeconds)) * minutes;
    double mean = filled.stream().mapToDouble(HeapSampler.Sample::heapMb).average().orElse(0);
    assertTrue(
        growth < FLAT_GROWTH_SHARE * mean,
        String.format(Locale.ROOT, "heap grew %.1f MB over %.1f min (mean %.1f MB)", growth, minutes, mean));
  }

  /** State is full once a retention of articles and one output window have gone by. */
  private static long filledAfter(long retentionSeconds) {
    return retentionSeconds + 60;
  }

  private static long percentile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return -1;
    }
    return sorted.get((int) Math.max(0, Math.ceil(q * sorted.size()) - 1));
  }

  private static List<String> head(List<String> ids) {
    return ids.subList(0, Math.min(10, ids.size()));
  }

  private static List<JsonNode> lines(Path folder, String prefix) throws IOException {
    List<JsonNode> lines = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return lines;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList()) {
        for (String line : Files.readAllLines(file)) {
          lines.add(JSON.readTree(line));
        }
      }
    }
    return lines;
  }
}
