package org.newsdedup.pipelines;

import java.util.Map;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.io.kafka.KafkaIO;
import org.apache.beam.sdk.io.kafka.KafkaRecord;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsdedup.io.Json;
import org.newsdedup.model.Assignment;

/**
 * The streaming pipeline's Kafka ends: articles are read from a topic, each record's create time
 * being its event time, and assignments are written to another, keyed by article id. Offsets are
 * committed to the consumer group when the runner finalizes a checkpoint, that is once the
 * records' results are durable: a restarted job resumes after them (see docs/streaming.md).
 */
final class FeedTopics {
  private FeedTopics() {}

  /** (topic/partition/offset, value) of every record of the articles topic. */
  static PCollection<KV<String, byte[]>> read(Pipeline pipeline, NewsDedupStreamingOptions options) {
    return pipeline
        .apply(
            "ReadKafka",
            KafkaIO.<byte[], byte[]>read()
                .withBootstrapServers(options.getKafkaBootstrap())
                .withTopic(options.getKafkaTopic())
                .withKeyDeserializer(ByteArrayDeserializer.class)
                .withValueDeserializer(ByteArrayDeserializer.class)
                .withConsumerConfigUpdates(
                    Map.of(
                        ConsumerConfig.GROUP_ID_CONFIG, options.getKafkaGroupId(),
                        // A new group starts at the topic's beginning, not at its end.
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"))
                .withTimestampPolicyFactory(
                    (partition, previousWatermark) -> new FeedTimestampPolicy(previousWatermark))
                .commitOffsetsInFinalize())
        .apply("RecordOrigins", ParDo.of(new OriginFn()));
  }

  /** Writes each assignment as JSON, keyed by the article's id, to the output topic. */
  static void write(PCollection<Assignment> assignments, NewsDedupStreamingOptions options) {
    assignments
        .apply("AssignmentRecords", ParDo.of(new AssignmentRecordFn()))
        .apply(
            "WriteKafka",
            KafkaIO.<String, String>write()
                .withBootstrapServers(options.getKafkaBootstrap())
                .withTopic(options.getOutputTopic())
                .withKeySerializer(StringSerializer.class)
                .withValueSerializer(StringSerializer.class));
  }

  static final class OriginFn extends DoFn<KafkaRecord<byte[], byte[]>, KV<String, byte[]>> {
    @ProcessElement
    public void process(
        @Element KafkaRecord<byte[], byte[]> record, OutputReceiver<KV<String, byte[]>> out) {
      String origin = record.getTopic() + "/" + record.getPartition() + "/" + record.getOffset();
      out.output(KV.of(origin, record.getKV().getValue()));
    }
  }

  static final class AssignmentRecordFn extends DoFn<Assignment, KV<String, String>> {
    @ProcessElement
    public void process(@Element Assignment assignment, OutputReceiver<KV<String, String>> out) {
      out.output(KV.of(assignment.articleId, Json.assignment(assignment)));
    }
  }
}
