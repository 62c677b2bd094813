package org.newsdedup.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.sdk.PipelineResult;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Measures the streaming pipeline on a live feed: a producer appends articles to a topic of an
 * in-process Kafka broker at a fixed rate, the pipeline (Direct Runner unless {@code --runner=…}
 * is given) groups them, and a consumer reads the assignments. Latency is the time from an
 * article's append (its record's create time) to its assignment on the output topic (that
 * record's create time), for every article that matches an earlier one; throughput is the
 * articles assigned per second.
 *
 * <p>Articles are generated: stories of 5 versions, each version a copy of the story's 400-word
 * text with 2% of its words replaced, in paragraphs of 50 words, versions of a story spread over
 * the run. Arguments: articles per second, seconds, tiers ({@code duplicate} or {@code
 * duplicate,story}), then any pipeline options.
 */
public final class StreamingBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int VERSIONS_PER_STORY = 5;
  private static final int WORDS = 400;

  private StreamingBenchmark() {}

  public static void main(String[] args) throws Exception {
    Logger.getLogger("org.apache").setLevel(Level.WARNING);
    Logger.getLogger("kafka").setLevel(Level.WARNING);
    int rate = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    String tiers = args[2];
    int total = rate * seconds;
    try (LocalKafka kafka = LocalKafka.start()) {
      kafka.createTopics(4, "bench-articles", "bench-assignments");
      Path out = Files.createTempDirectory("newsdedup-bench");
      List<String> options =
          new ArrayList<>(
              List.of(
                  "--kafkaBootstrap=" + kafka.bootstrap(), "--kafkaTopic=bench-articles",
                  "--outputTopic=bench-assignments", "--output=" + out, "--tiers=" + tiers));
      options.addAll(Arrays.asList(args).subList(3, args.length));
      NewsDedupStreamingOptions pipelineOptions =
          NewsDedupStreaming.parse(options.toArray(String[]::new));
      pipelineOptions.as(DirectOptions.class).setBlockOnRun(false);
      PipelineResult job = NewsDedupStreaming.run(pipelineOptions);

      try (KafkaConsumer<String, String> consumer = kafka.consumer("bench-assignments")) {
        warmUp(kafka, consumer);
      }
      Map<String, Long> appended = new HashMap<>();
      long started = System.nanoTime();
      Thread producer = new Thread(() -> produce(kafka.bootstrap(), rate, total, appended));
      producer.start();
      List<Long> latencies = new ArrayList<>();
      long firstAssigned = 0;
      long lastAssigned = 0;
      int expected = total - total / VERSIONS_PER_STORY;
      int outputRecords = 0;
      try (KafkaConsumer<String, String> consumer = kafka.consumer("bench-assignments")) {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds + 120L).toNanos();
        Map<String, Boolean> measured = new HashMap<>();
        while (measured.size() < expected && System.nanoTime() < deadline) {
          for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
            outputRecords++;
            JsonNode assignment = JSON.readTree(record.value());
            String article = assignment.get("articleId").asText();
            // The arriving article's own assignment: the one naming an earlier article.
            if (!assignment.get("matchedId").asText().equals(earlierOf(article, assignment))
                || measured.containsKey(article)) {
              continue;
            }
            Long appendedAt;
            synchronized (appended) {
              appendedAt = appended.get(article);
            }
            if (appendedAt == null) {
              continue;
            }
            measured.put(article, true);
            latencies.add(record.timestamp() - appendedAt);
            firstAssigned = firstAssigned == 0 ? record.timestamp() : firstAssigned;
            lastAssigned = record.timestamp();
          }
        }
      }
      producer.join();
      job.cancel();
      System.out.printf("assignment records read from the output topic: %d%n", outputRecords);
      report(rate, seconds, tiers, total, expected, latencies, firstAssigned, lastAssigned,
          (System.nanoTime() - started) / 1e9);
    }
  }

  /**
   * Starts the clock only once the job is reading and assigning: one pair of copies is sent and
   * its assignment awaited, so that the job's start-up (reader, model) is not counted.
   */
  private static void warmUp(LocalKafka kafka, KafkaConsumer<String, String> consumer)
      throws Exception {
    String text = version(-1, new Random(1));
    List<byte[]> pair = new ArrayList<>();
    for (String id : List.of("warmup-v0", "warmup-v1")) {
      pair.add(JSON.writeValueAsBytes(new TreeMap<>(Map.of("id", id, "text", text))));
    }
    kafka.produce("bench-articles", pair);
    long started = System.nanoTime();
    LocalKafka.pollUntil(consumer, records -> records.size() >= 2, Duration.ofMinutes(5));
    System.out.printf(
        Locale.ROOT, "job warm after %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  /** For version v of a story, the version it should have been matched with: any earlier one. */
  private static String earlierOf(String article, JsonNode assignment) {
    String matched = assignment.get("matchedId").asText();
    return version(matched) < version(article) ? matched : "";
  }

  private static int version(String id) {
    return Integer.parseInt(id.substring(id.lastIndexOf('v') + 1));
  }

  private static void produce(String bootstrap, int rate, int total, Map<String, Long> appended) {
    Map<String, Object> config =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
            ProducerConfig.LINGER_MS_CONFIG, 0,
            ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
            ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    int stories = total / VERSIONS_PER_STORY;
    Random random = new Random(42);
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(config)) {
      long start = System.nanoTime();
      for (int i = 0; i < total; i++) {
        long due = start + (long) (i * 1e9 / rate);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        // Versions of a story arrive a fifth of the run apart.
        int story = i % stories;
        int version = i / stories;
        String id = "s" + story + "v" + version;
        Map<String, String> record = new TreeMap<>();
        record.put("id", id);
        record.put("text", version(story, random));
        long now = System.currentTimeMillis();
        synchronized (appended) {
          appended.put(id, now);
        }
        producer.send(
            new ProducerRecord<>("bench-articles", null, now, null, JSON.writeValueAsBytes(record)));
      }
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A story's text (the same for every version, from the story's seed) with 2% of words replaced. */
  private static String version(int story, Random edits) {
    Random words = new Random(story * 7919L);
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < WORDS; w++) {
      String base = word(words);
      String word = edits.nextInt(100) < 2 ? word(edits) : base;
      text.append(word).append(w % 50 == 49 ? ".\n" : " ");
    }
    return text.toString();
  }

  private static String word(Random random) {
    int length = 3 + random.nextInt(7);
    StringBuilder word = new StringBuilder();
    for (int c = 0; c < length; c++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static void report(
      int rate, int seconds, String tiers, int total, int expected, List<Long> latencies,
      long firstAssigned, long lastAssigned, double wallSeconds) {
    latencies.sort(null);
    double spanSeconds = Math.max(1, lastAssigned - firstAssigned) / 1000.0;
    System.out.printf(
        Locale.ROOT,
        "tiers=%s offered=%d articles/s for %d s (%d articles)%n"
            + "assigned %d of %d matchable articles; sustained %.1f assignments/s%n"
            + "latency append->assignment: p50 %d ms, p90 %d ms, p99 %d ms, max %d ms (wall %.0f s)%n",
        tiers, rate, seconds, total, latencies.size(), expected,
        latencies.size() / spanSeconds, percentile(latencies, 0.50), percentile(latencies, 0.90),
        percentile(latencies, 0.99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1),
        wallSeconds);
  }

  private static long percentile(List<Long> sorted, double q) {
    if (sorted.isEmpty()) {
      return 0;
    }
    return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(q * sorted.size()) - 1));
  }
}
