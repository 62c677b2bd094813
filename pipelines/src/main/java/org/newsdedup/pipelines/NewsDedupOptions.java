package org.newsdedup.pipelines;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.Validation;
import org.newsdedup.text.DateOrder;
import org.newsdedup.text.ShingleWeights;

/** Options of the batch pipeline; every one is listed by {@code ./newsdedup --help}. */
public interface NewsDedupOptions extends PipelineOptions {
  @Description(
      "Glob of the news text files to read, on any Beam filesystem, e.g. 'testdata/seeds/*.txt'. "
          + "Files ending .gz or .bz2 are decompressed.")
  @Validation.Required
  String getInput();

  void setInput(String value);

  @Description("Folder to write articles-*.jsonl, groups-*.jsonl, dead-letter-*.jsonl and summary.json into.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description(
      "Date of a nightly run, YYYY-MM-DD: the results go to <output>/date=YYYY-MM-DD/, replacing "
          + "that partition, with a _SUCCESS marker written last. Empty: straight into --output.")
  @Default.String("")
  String getRunDate();

  void setRunDate(String value);

  @Description(
      "Folder of the index that nightly runs share (any Beam filesystem): each run reads the "
          + "entries of the --retentionDays nights before --runDate, so tonight's copies and "
          + "reports of earlier nights' articles join their groups and keep their ids, and writes "
          + "its own entries to <index>/date=YYYY-MM-DD/. Needs --runDate. Empty: no index.")
  @Default.String("")
  String getIndex();

  void setIndex(String value);

  @Description(
      "With --index: how many nights before --runDate are read; older partitions of the index "
          + "are deleted after the run is published. 0 reads none.")
  @Default.Integer(7)
  Integer getRetentionDays();

  void setRetentionDays(Integer value);

  @Description("Files larger than this many bytes (after decompression) go to the dead letter.")
  @Default.Long(5_000_000L)
  Long getMaxDocumentBytes();

  void setMaxDocumentBytes(Long value);

  @Description(
      "How the cleaner settles doubtful lines: 'balanced', 'precision' (drops what is doubtful)"
          + " or 'recall' (keeps anything doubtful). Lines a furniture pattern names go in every"
          + " mode.")
  @Default.String("balanced")
  String getCleaning();

  void setCleaning(String value);

  @Description(
      "How to read the input files: 'html' (page markup, parsed with jsoup, nothing fetched),"
          + " 'text' (one block per line) or 'auto' (.html and .htm files, and files opening with"
          + " an HTML doctype or <html> tag, as HTML; the rest as text).")
  @Default.String("auto")
  String getInputFormat();

  void setInputFormat(String value);

  @Description("How to read all-numeric dates such as 03/01/2024: DAY_FIRST or MONTH_FIRST.")
  @Default.Enum("DAY_FIRST")
  DateOrder getDateOrder();

  void setDateOrder(DateOrder value);

  @Description("Words per shingle for near-duplicate detection.")
  @Default.Integer(5)
  Integer getShingleSize();

  void setShingleSize(Integer value);

  @Description("LSH bands for near-duplicate candidates (bands x rows MinHash functions).")
  @Default.Integer(42)
  Integer getMinhashBands();

  void setMinhashBands(Integer value);

  @Description("MinHash rows per LSH band.")
  @Default.Integer(3)
  Integer getMinhashRows();

  void setMinhashRows(Integer value);

  @Description("Jaccard similarity of shingle sets at or above which two articles are copies.")
  @Default.Double(0.5)
  Double getMinJaccard();

  void setMinJaccard(Double value);

  @Description(
      "Containment (shared shingles / smaller set) at or above which the smaller article is a "
          + "contained copy (a truncation or excerpt) of the larger.")
  @Default.Double(0.8)
  Double getMinContainment();

  void setMinContainment(Double value);

  @Description(
      "Shingles held by at least this many distinct texts of the run weigh less in the copy scores "
          + "(sqrt(floor / texts)): a site's template or a stock phrase is no sign of copying. "
          + "A floor above the number of articles scores plain shingle sets.")
  @Default.Integer(ShingleWeights.DEFAULT_FLOOR)
  Integer getCommonShingleFloor();

  void setCommonShingleFloor(Integer value);

  @Description(
      "Duplicate groups of more than this many articles are re-verified against their canonical "
          + "article: members that are not copies of it stand alone (such groups are chains "
          + "through shared text, not copies). summary.json counts them under duplicateGroupSplits.")
  @Default.Integer(1000)
  Integer getMaxGroupSize();

  void setMaxGroupSize(Integer value);

  @Description(
      "Grouping tiers to run, comma-separated: 'duplicate' (copies, by shingles) or "
          + "'duplicate,story' (also reports of the same story, by sentence embeddings). "
          + "'duplicate' alone skips the story tier and never loads its model.")
  @Default.String("duplicate,story")
  String getTiers();

  void setTiers(String value);

  @Description(
      "Story tier: dated articles published more than this many days apart are never compared "
          + "(articles with no date are compared with all).")
  @Default.Integer(3)
  Integer getStoryWindowDays();

  void setStoryWindowDays(Integer value);

  @Description(
      "Story tier: cosine of two articles' embeddings at or above which they report the same "
          + "story. On the seeds, reports of one story score 0.83-0.94 and unrelated news at "
          + "most 0.50.")
  @Default.Double(0.75)
  Double getMinCosine();

  void setMinCosine(Double value);

  @Description(
      "Seconds between progress lines (files read, articles, dead letters, groups) on stderr "
          + "while the run goes on; 0 for none. Runners that report counters only at the end "
          + "(Flink and Spark in batch) show them then.")
  @Default.Integer(30)
  Integer getProgressSeconds();

  void setProgressSeconds(Integer value);

  @Description(
      "Format of the articles, groups and dead-letter files: 'jsonl' (JSON Lines) or 'avro' "
          + "(Avro container files, for BigQuery, Spark or DuckDB).")
  @Default.String("jsonl")
  String getFormat();

  void setFormat(String value);

  @Description("Number of files each output (articles, groups, dead letters) is split into.")
  @Default.Integer(1)
  Integer getOutputShards();

  void setOutputShards(Integer value);

  @Description(
      "Exit with code 4 when dead letters / inputs is above this ratio (the output is still "
          + "written). 1.0 never fails.")
  @Default.Double(0.5)
  Double getMaxDeadLetterRatio();

  void setMaxDeadLetterRatio(Double value);
}
