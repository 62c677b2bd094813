package org.newsdedup.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.values.KV;
import org.newsdedup.transforms.StageTime;

/**
 * A file sink that writes lines sorted by their key, so a shard's bytes do not depend on the
 * order its elements arrived in. It holds one shard's lines until the shard is flushed; shards
 * are sized by the number of output shards, not by the whole input.
 */
final class SortedLinesSink implements FileIO.Sink<KV<String, String>> {
  private static final long serialVersionUID = 1L;
  private static final Comparator<KV<String, String>> BY_KEY_THEN_LINE =
      Comparator.comparing((KV<String, String> kv) -> kv.getKey()).thenComparing(KV::getValue);

  private final Counter busy = StageTime.of(StageTime.WRITE);
  private transient List<KV<String, String>> lines;
  private transient WritableByteChannel channel;

  @Override
  public void open(WritableByteChannel channel) {
    this.channel = channel;
    this.lines = new ArrayList<>();
  }

  @Override
  public void write(KV<String, String> element) {
    lines.add(element);
  }

  @Override
  public void flush() throws IOException {
    long started = System.nanoTime();
    lines.sort(BY_KEY_THEN_LINE);
    Writer writer =
        new BufferedWriter(
            new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
    for (KV<String, String> line : lines) {
      writer.write(line.getValue());
      writer.write('\n');
    }
    // Flush without closing: FileIO owns the channel and closes it after this call.
    writer.flush();
    lines.clear();
    busy.inc(StageTime.since(started));
  }
}
