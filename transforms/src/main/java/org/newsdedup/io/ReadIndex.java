package org.newsdedup.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.io.fs.MetadataCoderV2;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.IndexEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the entries of earlier nights from an index folder: the partitions dated from {@code
 * retentionDays} before the run date up to the day before it. Tonight's own partition is never
 * read, so a re-run of a night sees what its first run saw. The files are matched when the
 * pipeline runs; no index, or no partition in the window, is a first night (no entries). A
 * partition without its {@value WriteResults#SUCCESS_MARKER} marker is a night whose run died
 * while publishing it: it is skipped whole, counted ({@code partitionsSkipped}) and logged, since
 * its files may be a mix of two runs. A file that is not a readable index file becomes a dead
 * letter ({@value #REASON_CORRUPT}) and its entries are not used; the run goes on with the others.
 */
public final class ReadIndex
    extends PTransform<PBegin, WithFailures.Result<PCollection<IndexEntry>, DeadLetter>> {
  public static final String STEP = "ReadIndex";
  public static final String REASON_CORRUPT = "corrupt-index-file";
  private static final TupleTag<IndexEntry> ENTRIES = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  private final String directory;
  private final String firstDate;
  private final String runDate;

  private ReadIndex(String directory, String firstDate, String runDate) {
    this.directory = directory;
    this.firstDate = firstDate;
    this.runDate = runDate;
  }

  /** Reads the partitions of the {@code retentionDays} nights before {@code runDate}. */
  public static ReadIndex from(String directory, String runDate, int retentionDays) {
    if (retentionDays < 0) {
      throw new IllegalArgumentException("retentionDays must be at least 0, got " + retentionDays);
    }
    String firstDate = LocalDate.parse(runDate).minusDays(retentionDays).toString();
    return new ReadIndex(directory.endsWith("/") ? directory : directory + "/", firstDate, runDate);
  }

  @Override
  public WithFailures.Result<PCollection<IndexEntry>, DeadLetter> expand(PBegin begin) {
    PCollectionTuple read =
        begin
            .apply(
                "MatchPartitionFiles",
                FileIO.match()
                    .filepattern(directory + "date=*/*")
                    .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            .apply("KeepRetainedNights", ParDo.of(new InWindowFn(firstDate, runDate)))
            .setCoder(KvCoder.of(StringUtf8Coder.of(), MetadataCoderV2.of()))
            .apply("GroupByNight", GroupByKey.create())
            .apply("KeepPublishedNights", ParDo.of(new PublishedNightFn()))
            .apply("OpenIndexFiles", FileIO.readMatches())
            .apply(
                "ReadEntries",
                ParDo.of(new ReadEntriesFn()).withOutputTags(ENTRIES, TupleTagList.of(FAILURES)));
    return WithFailures.Result.of(read.get(ENTRIES), read.get(FAILURES));
  }

  /**
   * Keys the index files and the markers of the partitions dated in [firstDate, runDate) by their
   * date; other files are not the index's.
   */
  static final class InWindowFn extends DoFn<MatchResult.Metadata, KV<String, MatchResult.Metadata>> {
    private final String firstDate;
    private final String runDate;

    InWindowFn(String firstDate, String runDate) {
      this.firstDate = firstDate;
      this.runDate = runDate;
    }

    @ProcessElement
    public void process(
        @Element MatchResult.Metadata file, OutputReceiver<KV<String, MatchResult.Metadata>> out) {
      String path = file.resourceId().toString();
      String date = IndexFiles.partitionDate(path);
      if (date == null) {
        date = IndexFiles.markerDate(path);
      }
      if (date != null && date.compareTo(firstDate) >= 0 && date.compareTo(runDate) < 0) {
        out.output(KV.of(date, file));
      }
    }
  }

  /** Passes on the index files of a night that was published, and skips one that was not. */
  static final class PublishedNightFn
      extends DoFn<KV<String, Iterable<MatchResult.Metadata>>, MatchResult.Metadata> {
    private static final Logger LOG = LoggerFactory.getLogger(ReadIndex.class);
    private final Counter partitionsSkipped = Metrics.counter(ReadIndex.class, "partitionsSkipped");

    @ProcessElement
    public void process(
        @Element KV<String, Iterable<MatchResult.Metadata>> night,
        OutputReceiver<MatchResult.Metadata> out) {
      List<MatchResult.Metadata> indexFiles = new ArrayList<>();
      boolean published = false;
      for (MatchResult.Metadata file : night.getValue()) {
        if (IndexFiles.markerDate(file.resourceId().toString()) != null) {
          published = true;
        } else {
          indexFiles.add(file);
        }
      }
      if (!published) {
        partitionsSkipped.inc();
        LOG.warn(
            "index partition date={} has no {} marker (its run did not finish publishing):"
                + " its {} file(s) are not read",
            night.getKey(), WriteResults.SUCCESS_MARKER, indexFiles.size());
        return;
      }
      indexFiles.forEach(out::output);
    }
  }

  /** Reads a whole file before emitting any entry, so a damaged file gives none. */
  static final class ReadEntriesFn extends DoFn<FileIO.ReadableFile, IndexEntry> {
    private final Counter entriesRead = Metrics.counter(ReadIndex.class, "entriesRead");
    private final Counter filesRead = Metrics.counter(ReadIndex.class, "filesRead");
    private final Counter filesRefused = Metrics.counter(ReadIndex.class, "filesRefused");

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String path = file.getMetadata().resourceId().toString();
      List<IndexEntry> entries;
      try (InputStream in = Channels.newInputStream(file.open())) {
        entries = IndexFiles.read(in);
      } catch (IOException | IllegalArgumentException e) {
        filesRefused.inc();
        out.get(FAILURES)
            .output(
                DeadLetter.unreadable(
                    path, STEP, REASON_CORRUPT,
                    e.getClass().getSimpleName() + ": " + e.getMessage()));
        return;
      }
      filesRead.inc();
      entriesRead.inc(entries.size());
      entries.forEach(entry -> out.get(ENTRIES).output(entry));
    }
  }
}
