package org.newsdedup.pipelines;

import org.apache.beam.sdk.options.Default;
import org.apache.beam.sdk.options.Description;
import org.apache.beam.sdk.options.Validation;
import org.newsdedup.text.DateOrder;

/**
 * Options of the streaming pipeline ({@code ./newsdedup --mode=streaming …}); every one is listed
 * by {@code ./newsdedup --mode=streaming --help}. Durations are ISO-8601: {@code P7D}, {@code
 * PT10M}, {@code PT30S}.
 */
public interface NewsDedupStreamingOptions extends org.apache.beam.sdk.options.StreamingOptions {
  @Description(
      "Glob of the folder to watch, e.g. 'incoming/*.txt': every file that appears is read once "
          + "(write files elsewhere and move them in, so they appear whole). Give this or "
          + "--kafkaTopic.")
  @Validation.Required(groups = {"source"})
  String getInput();

  void setInput(String value);

  @Description("Kafka bootstrap servers (host:port,...) to read --kafkaTopic from.")
  @Default.String("127.0.0.1:9092")
  String getKafkaBootstrap();

  void setKafkaBootstrap(String value);

  @Description(
      "Kafka topic of articles: one article per record, raw text or JSON {id, text, url, "
          + "publishedDate}. Give this or --input.")
  @Validation.Required(groups = {"source"})
  String getKafkaTopic();

  void setKafkaTopic(String value);

  @Description(
      "Kafka consumer group: its committed offsets say where a restarted pipeline resumes. "
          + "Offsets are committed once the records' results are durable in the runner.")
  @Default.String("newsdedup")
  String getKafkaGroupId();

  void setKafkaGroupId(String value);

  @Description("Kafka topic to write assignments to (JSON, keyed by article id). Empty: files only.")
  @Default.String("")
  String getOutputTopic();

  void setOutputTopic(String value);

  @Description(
      "Folder to write the windowed files into: assignments-*.jsonl, articles-*.jsonl, "
          + "dead-letter-*.jsonl, one file per window of event time.")
  @Validation.Required
  String getOutput();

  void setOutput(String value);

  @Description("Length of the output files' windows of event time (ISO-8601).")
  @Default.String("PT1M")
  String getOutputWindow();

  void setOutputWindow(String value);

  @Description(
      "How long (event time) an article can be matched by later ones: older ones are forgotten.")
  @Default.String("P7D")
  String getRetention();

  void setRetention(String value);

  @Description(
      "Articles behind the watermark by at most this much are processed as usual; later ones go "
          + "to the dead letter with reason too-late.")
  @Default.String("PT10M")
  String getAllowedLateness();

  void setAllowedLateness(String value);

  @Description("How often the watched folder is listed (ISO-8601).")
  @Default.String("PT1S")
  String getPollInterval();

  void setPollInterval(String value);

  @Description(
      "Stop watching the folder after no new file appeared for this long (ISO-8601); empty: "
          + "watch until the job is stopped.")
  @Default.String("")
  String getStopAfterIdle();

  void setStopAfterIdle(String value);

  @Description("Records or files larger than this many bytes go to the dead letter.")
  @Default.Long(5_000_000L)
  Long getMaxDocumentBytes();

  void setMaxDocumentBytes(Long value);

  @Description("How to read all-numeric dates such as 03/01/2024: DAY_FIRST or MONTH_FIRST.")
  @Default.Enum("DAY_FIRST")
  DateOrder getDateOrder();

  void setDateOrder(DateOrder value);

  @Description("Jaccard similarity of shingle sets at or above which two articles are copies.")
  @Default.Double(0.5)
  Double getMinJaccard();

  void setMinJaccard(Double value);

  @Description("Containment at or above which the smaller article is a contained copy.")
  @Default.Double(0.8)
  Double getMinContainment();

  void setMinContainment(Double value);

  @Description(
      "Grouping tiers, comma-separated: 'duplicate' or 'duplicate,story' (which loads the "
          + "sentence-embedding model).")
  @Default.String("duplicate,story")
  String getTiers();

  void setTiers(String value);

  @Description("Story tier: dated articles published more than this many days apart are not compared.")
  @Default.Integer(3)
  Integer getStoryWindowDays();

  void setStoryWindowDays(Integer value);

  @Description("Story tier: cosine of two articles' embeddings at or above which they report one story.")
  @Default.Double(0.75)
  Double getMinCosine();

  void setMinCosine(Double value);
}
