package org.newsdedup.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.time.LocalDate;
import java.util.List;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.fs.EmptyMatchTreatment;
import org.apache.beam.sdk.io.fs.MatchResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PBegin;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.IndexEntry;

/**
 * Reads the entries of earlier nights from an index folder: the partitions dated from {@code
 * retentionDays} before the run date up to the day before it. Tonight's own partition is never
 * read, so a re-run of a night sees what its first run saw. The files are matched when the
 * pipeline runs; no index, or no partition in the window, is a first night (no entries). A file
 * that is not a readable index file becomes a dead letter ({@value #REASON_CORRUPT}) and its
 * entries are not used; the run goes on with the others.
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
                "MatchIndexFiles",
                FileIO.match()
                    .filepattern(directory + "date=*/" + IndexFiles.FILE_PREFIX + "-*.avro")
                    .withEmptyMatchTreatment(EmptyMatchTreatment.ALLOW))
            .apply("KeepRetainedNights", ParDo.of(new InWindowFn(firstDate, runDate)))
            .apply("OpenIndexFiles", FileIO.readMatches())
            .apply(
                "ReadEntries",
                ParDo.of(new ReadEntriesFn()).withOutputTags(ENTRIES, TupleTagList.of(FAILURES)));
    return WithFailures.Result.of(read.get(ENTRIES), read.get(FAILURES));
  }

  /** Keeps the files of partitions dated in [firstDate, runDate). */
  static final class InWindowFn extends DoFn<MatchResult.Metadata, MatchResult.Metadata> {
    private final String firstDate;
    private final String runDate;

    InWindowFn(String firstDate, String runDate) {
      this.firstDate = firstDate;
      this.runDate = runDate;
    }

    @ProcessElement
    public void process(
        @Element MatchResult.Metadata file, OutputReceiver<MatchResult.Metadata> out) {
      String date = IndexFiles.partitionDate(file.resourceId().toString());
      if (date != null && date.compareTo(firstDate) >= 0 && date.compareTo(runDate) < 0) {
        out.output(file);
      }
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
