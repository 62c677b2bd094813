package org.newsdedup.transforms;

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
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.newsdedup.text.Shards;

/**
 * Matches a glob at run time and opens the files it matches, spread over the workers. Beam's own
 * {@code FileIO.match()} spreads them by a random key per file; the Direct Runner then runs every
 * step up to the first grouping once per file, paying its fixed cost per bundle each time. Here
 * files are spread by the {@link Shards shard} of their path instead: as many groups as shards,
 * each of many files, however many files there are. A glob that matches nothing gives nothing.
 */
public final class MatchFiles extends PTransform<PBegin, PCollection<FileIO.ReadableFile>> {
  private final String glob;

  private MatchFiles(String glob) {
    this.glob = glob;
  }

  public static MatchFiles matching(String glob) {
    return new MatchFiles(glob);
  }

  @Override
  public PCollection<FileIO.ReadableFile> expand(PBegin begin) {
    int shards = Shards.DEFAULT_COUNT;
    return begin
        .apply("Glob", Create.of(glob).withCoder(StringUtf8Coder.of()))
        .apply(
            "Match",
            FileIO.matchAll()
                .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW)
                .withOutputParallelization(false))
        .apply("KeyByShard", ParDo.of(new KeyByShardFn(shards)))
        .setCoder(KvCoder.of(VarIntCoder.of(), MetadataCoderV2.of()))
        .apply("GroupByShard", GroupByKey.create())
        .apply("Ungroup", ParDo.of(new UngroupFn()))
        .setCoder(MetadataCoderV2.of())
        .apply("Open", FileIO.readMatches());
  }

  static final class KeyByShardFn extends DoFn<MatchResult.Metadata, KV<Integer, MatchResult.Metadata>> {
    private final int shards;

    KeyByShardFn(int shards) {
      this.shards = shards;
    }

    @ProcessElement
    public void process(
        @Element MatchResult.Metadata file, OutputReceiver<KV<Integer, MatchResult.Metadata>> out) {
      out.output(KV.of(Shards.of(file.resourceId().toString(), shards), file));
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
