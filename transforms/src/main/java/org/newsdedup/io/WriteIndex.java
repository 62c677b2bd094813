package org.newsdedup.io;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.WritableByteChannel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.text.Hashing64;

/**
 * Writes tonight's index entries into a folder as {@code index-SSSSS-of-NNNNN.avro} ({@link
 * IndexFiles}). Each entry goes to the shard its article id hashes to and each shard is sorted by
 * article id, so the same entries give the same files, byte for byte, on every runner.
 */
public final class WriteIndex extends PTransform<PCollection<IndexEntry>, PDone> {
  private final String directory;
  private final int shards;

  private WriteIndex(String directory, int shards) {
    this.directory = directory;
    this.shards = shards;
  }

  public static WriteIndex to(String directory, int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be positive, got " + shards);
    }
    return new WriteIndex(directory.endsWith("/") ? directory : directory + "/", shards);
  }

  @Override
  public PDone expand(PCollection<IndexEntry> entries) {
    int shardCount = shards;
    entries
        .apply("CountEntriesWritten", ParDo.of(new CountWrittenFn()))
        .apply(
            "WriteIndexShards",
            FileIO.<Integer, IndexEntry>writeDynamic()
                .by(entry -> Math.floorMod(Hashing64.token(entry.articleId), shardCount))
                .withDestinationCoder(VarIntCoder.of())
                .via(new SortedIndexSink())
                .to(directory)
                .withNaming(shard -> new ShardName(shard, shardCount))
                .withNumShards(1));
    return PDone.in(entries.getPipeline());
  }

  static final class CountWrittenFn extends DoFn<IndexEntry, IndexEntry> {
    private final Counter entriesWritten = Metrics.counter(WriteIndex.class, "entriesWritten");

    @ProcessElement
    public void process(@Element IndexEntry entry, OutputReceiver<IndexEntry> out) {
      entriesWritten.inc();
      out.output(entry);
    }
  }

  /** Holds one shard's entries and writes them sorted when the shard is flushed. */
  static final class SortedIndexSink implements FileIO.Sink<IndexEntry> {
    private static final long serialVersionUID = 1L;
    private transient List<IndexEntry> entries;
    private transient WritableByteChannel channel;

    @Override
    public void open(WritableByteChannel channel) {
      this.channel = channel;
      this.entries = new ArrayList<>();
    }

    @Override
    public void write(IndexEntry entry) {
      entries.add(entry);
    }

    @Override
    public void flush() throws IOException {
      entries.sort(Comparator.comparing(IndexEntry::key));
      IndexFiles.write(entries, Channels.newOutputStream(channel));
      entries.clear();
    }
  }

  /** {@code index-SSSSS-of-NNNNN.avro}, numbered by hash shard rather than by writer. */
  static final class ShardName implements FileIO.Write.FileNaming {
    private static final long serialVersionUID = 1L;
    private final int shard;
    private final int shardCount;

    ShardName(int shard, int shardCount) {
      this.shard = shard;
      this.shardCount = shardCount;
    }

    @Override
    public String getFilename(
        BoundedWindow window, PaneInfo pane, int numShards, int shardIndex, Compression compression) {
      return String.format(
          Locale.ROOT, "%s-%05d-of-%05d.avro", IndexFiles.FILE_PREFIX, shard, shardCount);
    }
  }
}
