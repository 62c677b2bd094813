package org.newsdedup.pipelines;

import java.util.Optional;
import org.apache.beam.sdk.io.kafka.KafkaRecord;
import org.apache.beam.sdk.io.kafka.TimestampPolicy;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.joda.time.Instant;

/**
 * Event time of a Kafka record: its create time (set by the producer when the article was
 * appended). A partition's watermark is the newest create time it has read; once the partition
 * is read up to its end, it moves on to the time that was last checked, so that an idle
 * partition, even one that never held a record, does not hold back the windows of the others.
 * (Beam's create-time policy leaves a partition that never held a record at the beginning of
 * time, which stalls every window.)
 */
final class FeedTimestampPolicy extends TimestampPolicy<byte[], byte[]> {
  private Instant newest;

  FeedTimestampPolicy(Optional<Instant> previousWatermark) {
    this.newest = previousWatermark.orElse(BoundedWindow.TIMESTAMP_MIN_VALUE);
  }

  @Override
  public Instant getTimestampForRecord(PartitionContext context, KafkaRecord<byte[], byte[]> record) {
    Instant created = new Instant(record.getTimestamp());
    if (created.isAfter(newest)) {
      newest = created;
    }
    return created;
  }

  @Override
  public Instant getWatermark(PartitionContext context) {
    if (context.getMessageBacklog() == 0 && context.getBacklogCheckTime().isAfter(newest)) {
      return context.getBacklogCheckTime();
    }
    return newest;
  }
}
