package org.newsdedup.io;

import java.util.Locale;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.Compression;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.PaneInfo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.newsdedup.text.Hashing64;

/**
 * Writes (sort key, JSON line) pairs as {@code <prefix>-00000-of-0000N.jsonl} files in a folder.
 * Each line goes to the shard its key hashes to and shards are sorted, so the same records always
 * give the same files, byte for byte, whatever the runner or parallelism.
 */
public final class WriteSortedJsonLines extends PTransform<PCollection<KV<String, String>>, PDone> {
  private final String directory;
  private final String prefix;
  private final int shards;

  private WriteSortedJsonLines(String directory, String prefix, int shards) {
    this.directory = directory;
    this.prefix = prefix;
    this.shards = shards;
  }

  public static WriteSortedJsonLines to(String directory, String prefix, int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be positive, got " + shards);
    }
    return new WriteSortedJsonLines(directory, prefix, shards);
  }

  @Override
  public PDone expand(PCollection<KV<String, String>> lines) {
    int shardCount = shards;
    lines.apply(
        "WriteShards",
        FileIO.<Integer, KV<String, String>>writeDynamic()
            .by(line -> Math.floorMod(Hashing64.token(line.getKey()), shardCount))
            .withDestinationCoder(VarIntCoder.of())
            .via(new SortedLinesSink())
            .to(directory)
            .withNaming(shard -> new ShardName(prefix, shard, shardCount))
            .withNumShards(1));
    return PDone.in(lines.getPipeline());
  }

  /** {@code prefix-SSSSS-of-NNNNN.jsonl}, numbered by hash shard rather than by writer. */
  static final class ShardName implements FileIO.Write.FileNaming {
    private static final long serialVersionUID = 1L;
    private final String prefix;
    private final int shard;
    private final int shardCount;

    ShardName(String prefix, int shard, int shardCount) {
      this.prefix = prefix;
      this.shard = shard;
      this.shardCount = shardCount;
    }

    @Override
    public String getFilename(
        BoundedWindow window, PaneInfo pane, int numShards, int shardIndex, Compression compression) {
      return String.format(Locale.ROOT, "%s-%05d-of-%05d.jsonl", prefix, shard, shardCount);
    }
  }
}
