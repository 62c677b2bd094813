package org.newsdedup.transforms;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.joda.time.Instant;
import org.newsdedup.text.Shards;

/**
 * Matches a glob at run time and opens the files it matches, spread over the workers. Beam's own
 * {@code FileIO.match()} spreads them by a random key per file; the Direct Runner then runs every
 * step up to the first grouping once per file, paying its fixed cost per bundle each time. Here
 * files are spread by the {@link Shards shard} of their path instead, over one shard per {@value
 * #FILES_PER_SHARD} files matched, up to {@link Shards#DEFAULT_COUNT}: a few groups for a small
 * input, where a group per file or per shard would cost more in bundles than it gains in
 * parallel work, and as many as shards for a large one. A glob that matches nothing gives
 * nothing.
 */
public final class MatchFiles extends PTransform<PBegin, PCollection<FileIO.ReadableFile>> {
  static final int FILES_PER_SHARD = 16;

  private final String glob;

  private MatchFiles(String glob) {
    this.glob = glob;
  }

  public static MatchFiles matching(String glob) {
    return new MatchFiles(glob);
  }

  @Override
  public PCollection<FileIO.ReadableFile> expand(PBegin begin) {
    return begin
        .apply("Glob", Create.of(glob).withCoder(StringUtf8Coder.of()))
        .apply(
            "Match",
            FileIO.matchAll()
                .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW)
                .withOutputParallelization(false))
        .apply("KeyByShard", ParDo.of(new KeyByShardFn()))
        .setCoder(KvCoder.of(VarIntCoder.of(), MetadataCoderV2.of()))
        .apply("GroupByShard", GroupByKey.create())
        .apply("Ungroup", ParDo.of(new UngroupFn()))
        .setCoder(MetadataCoderV2.of())
        .apply("Open", FileIO.readMatches());
  }

  /** Shards for {@code files} files: one per {@value #FILES_PER_SHARD}, at least one. */
  static int shardsFor(int files) {
    return Math.max(1, Math.min(Shards.DEFAULT_COUNT, (files + FILES_PER_SHARD - 1) / FILES_PER_SHARD));
  }

  /**
   * Keys the files of a bundle by shard once the bundle's size is known. The match step gives a
   * glob's files in one bundle, so the count is the glob's; a runner that splits it merely makes
   * more, smaller groups.
   */
  static final class KeyByShardFn extends DoFn<MatchResult.Metadata, KV<Integer, MatchResult.Metadata>> {
    private transient List<TimestampedValue<MatchResult.Metadata>> files;
    private transient List<BoundedWindow> windows;

    @StartBundle
    public void start() {
      files = new ArrayList<>();
      windows = new ArrayList<>();
    }

    @ProcessElement
    public void process(
        @Element MatchResult.Metadata file, @Timestamp Instant timestamp, BoundedWindow window) {
      files.add(TimestampedValue.of(file, timestamp));
      windows.add(window);
    }

    @FinishBundle
    public void finish(FinishBundleContext out) {
      int shards = shardsFor(files.size());
      for (int i = 0; i < files.size(); i++) {
        MatchResult.Metadata file = files.get(i).getValue();
        out.output(
            KV.of(Shards.of(file.resourceId().toString(), shards), file),
            files.get(i).getTimestamp(),
            windows.get(i));
      }
    }
  }

  static final class UngroupFn
      extends DoFn<KV<Integer, Iterable<MatchResult.Metadata>>, MatchResult.Metadata> {
    @ProcessElement
    public void process(
        @Element KV<Integer, Iterable<MatchResult.Metadata>> shard,
        OutputReceiver<MatchResult.Metadata> out) {
      shard.getValue().forEach(out::output);
    }
  }
}
