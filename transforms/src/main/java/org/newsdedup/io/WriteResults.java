package org.newsdedup.io;

import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SortedMapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarLongCoder;
import org.apache.beam.sdk.io.TextIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.SerializableFunction;
import org.apache.beam.sdk.transforms.SimpleFunction;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsdedup.model.Article;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.transforms.StageTime;

/**
 * Writes a run's results into one folder: {@code articles-*}, {@code groups-*} and {@code
 * dead-letter-*} files (JSON Lines or Avro, see {@link OutputFormat}), {@code summary.json} with
 * the counts that show every input was accounted for, and {@code report.html} ({@link
 * WriteReport}). Takes a {@link PCollectionTuple} under the tags this class defines.
 */
public final class WriteResults extends PTransform<PCollectionTuple, PDone> {
  public static final TupleTag<Article> ARTICLES = new TupleTag<>() {};
  public static final TupleTag<DocumentGroup> GROUPS = new TupleTag<>() {};
  public static final TupleTag<DeadLetter> DEAD_LETTERS = new TupleTag<>() {};
  /** One element per input the run was given, whatever became of it. */
  public static final TupleTag<String> INPUTS = new TupleTag<>() {};

  public static final String SUMMARY_FILE = "summary.json";
  /** Written last into a published folder: readers wait for it, and ignore a folder without it. */
  public static final String SUCCESS_MARKER = "_SUCCESS";

  private final String directory;
  private final int shards;
  private final OutputFormat format;

  private WriteResults(String directory, int shards, OutputFormat format) {
    this.directory = directory;
    this.shards = shards;
    this.format = format;
  }

  /** Writes JSON Lines into {@code directory} (a folder on any Beam filesystem) in this many shards. */
  public static WriteResults to(String directory, int shards) {
    return new WriteResults(directory.endsWith("/") ? directory : directory + "/", shards, OutputFormat.JSONL);
  }

  /** Writes the records in this format instead. */
  public WriteResults withFormat(OutputFormat format) {
    return new WriteResults(directory, shards, format);
  }

  @Override
  public PDone expand(PCollectionTuple results) {
    PCollection<Article> articles = results.get(ARTICLES);
    PCollection<DocumentGroup> groups = results.get(GROUPS);
    PCollection<DeadLetter> deadLetters = results.get(DEAD_LETTERS);

    if (format == OutputFormat.AVRO) {
      articles.apply("WriteArticles", WriteAvroRecords.to(directory, "articles", shards));
      groups.apply("WriteGroups", WriteAvroRecords.to(directory, "groups", shards));
      deadLetters.apply("WriteDeadLetters", WriteAvroRecords.to(directory, "dead-letter", shards));
    } else {
      articles
          .apply("EncodeArticles", jsonLines(a -> KV.of(a.id, Json.article(a))))
          .apply("WriteArticles", WriteSortedJsonLines.to(directory, "articles", shards));
      groups
          .apply("EncodeGroups", jsonLines(g -> KV.of(g.groupId, Json.group(g))))
          .apply("WriteGroups", WriteSortedJsonLines.to(directory, "groups", shards));
      deadLetters
          .apply("EncodeDeadLetters", jsonLines(d -> KV.of(d.source, Json.deadLetter(d))))
          .apply("WriteDeadLetters", WriteSortedJsonLines.to(directory, "dead-letter", shards));
    }

    PCollection<SortedMap<String, Long>> counts =
        PCollectionList.of(total("CountInputs", "inputs", results.get(INPUTS)))
            .and(total("CountArticles", "articles", articles))
            .and(total("CountDeadLetters", "deadLetters", deadLetters))
            .and(deadLetters.apply("DeadLetterReasons", names(d -> "deadLettersByReason/" + d.reason)))
            .and(groups.apply("GroupTiers", names(g -> "groups/" + g.tier)))
            .and(groups.apply("GroupSizes", names(g -> "groupSizes/" + g.tier + "/" + g.members.size())))
            .apply("AllCounts", Flatten.pCollections())
            .apply("AddUpCounts", Combine.globally(new AddUpCountsFn()));
    counts
        .apply("FormatSummary", MapElements.into(TypeDescriptors.strings()).via(RunSummary::toJson))
        .apply("WriteSummary", TextIO.write().to(directory + SUMMARY_FILE).withoutSharding());
    PCollectionTuple.of(ARTICLES, articles)
        .and(GROUPS, groups)
        .apply("WriteReport", WriteReport.to(directory, counts.apply("CountsView", View.asSingleton())));
    return PDone.in(results.getPipeline());
  }

  private static <T> MapElements<T, KV<String, String>> jsonLines(
      SerializableFunction<T, KV<String, String>> encode) {
    return MapElements.into(
            TypeDescriptors.kvs(TypeDescriptors.strings(), TypeDescriptors.strings()))
        .via(new TimedEncodeFn<>(encode));
  }

  /** Encodes an element as a keyed JSON line, its time counted in the write stage. */
  static final class TimedEncodeFn<T> implements SerializableFunction<T, KV<String, String>> {
    private final Counter busy = StageTime.of(StageTime.WRITE);
    private final SerializableFunction<T, KV<String, String>> encode;

    TimedEncodeFn(SerializableFunction<T, KV<String, String>> encode) {
      this.encode = encode;
    }

    @Override
    public KV<String, String> apply(T element) {
      long started = System.nanoTime();
      KV<String, String> line = encode.apply(element);
      busy.inc(StageTime.since(started));
      return line;
    }
  }

  private static <T> PCollection<KV<String, Long>> total(
      String stepName, String name, PCollection<T> elements) {
    return elements
        .apply(stepName, Count.globally())
        .apply(stepName + "Named", MapElements.via(new NameCountFn(name)));
  }

  private static <T> CountByName<T> names(SerializableFunction<T, String> nameOf) {
    return new CountByName<>(nameOf);
  }

  /** Counts elements by a name each one maps to. */
  static final class CountByName<T> extends PTransform<PCollection<T>, PCollection<KV<String, Long>>> {
    private final SerializableFunction<T, String> nameOf;

    CountByName(SerializableFunction<T, String> nameOf) {
      this.nameOf = nameOf;
    }

    @Override
    public PCollection<KV<String, Long>> expand(PCollection<T> input) {
      return input
          .apply("Name", MapElements.into(TypeDescriptors.strings()).via(nameOf))
          .apply("Count", Count.perElement());
    }
  }

  static final class NameCountFn extends SimpleFunction<Long, KV<String, Long>> {
    private final String name;

    NameCountFn(String name) {
      this.name = name;
    }

    @Override
    public KV<String, Long> apply(Long count) {
      return KV.of(name, count);
    }
  }

  /** Adds up named counts. */
  static final class AddUpCountsFn
      extends Combine.CombineFn<KV<String, Long>, SortedMap<String, Long>, SortedMap<String, Long>> {
    @Override
    public SortedMap<String, Long> createAccumulator() {
      return new TreeMap<>();
    }

    @Override
    public SortedMap<String, Long> addInput(SortedMap<String, Long> counts, KV<String, Long> count) {
      counts.merge(count.getKey(), count.getValue(), Long::sum);
      return counts;
    }

    @Override
    public SortedMap<String, Long> mergeAccumulators(Iterable<SortedMap<String, Long>> partials) {
      SortedMap<String, Long> merged = new TreeMap<>();
      for (SortedMap<String, Long> partial : partials) {
        partial.forEach((name, count) -> merged.merge(name, count, Long::sum));
      }
      return merged;
    }

    @Override
    public SortedMap<String, Long> extractOutput(SortedMap<String, Long> counts) {
      return counts;
    }

    @Override
    public Coder<SortedMap<String, Long>> getDefaultOutputCoder(
        CoderRegistry registry, Coder<KV<String, Long>> inputCoder) {
      return SortedMapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }

    @Override
    public Coder<SortedMap<String, Long>> getAccumulatorCoder(
        CoderRegistry registry, Coder<KV<String, Long>> inputCoder) {
      return SortedMapCoder.of(StringUtf8Coder.of(), VarLongCoder.of());
    }
  }
}
