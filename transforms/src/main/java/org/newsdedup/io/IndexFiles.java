package org.newsdedup.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsdedup.model.IndexEntries;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.text.Hashing64;

/**
 * The index's file format: Avro container files of {@link IndexEntry} records, one folder per
 * night ({@code date=YYYY-MM-DD/index-SSSSS-of-NNNNN.avro}). Avro writers pick a random sync
 * marker per file; these files use one derived from the schema, so the same entries in the same
 * order always give the same bytes. The header records how many entries follow, so a file cut
 * short is refused rather than read in part.
 */
public final class IndexFiles {
  public static final String FILE_PREFIX = "index";
  /**
   * The number of entries, in the file's header: Avro's reader takes a file cut short at a block
   * boundary for a shorter file, and this count tells the two apart.
   */
  private static final String ENTRY_COUNT = "newsdedup.entries";
  private static final Pattern PARTITION_FILE =
      Pattern.compile("date=(\\d{4}-\\d{2}-\\d{2})/" + FILE_PREFIX + "-[^/]*\\.avro$");
  private static final Pattern PARTITION_MARKER =
      Pattern.compile("(?:^|/)date=(\\d{4}-\\d{2}-\\d{2})/" + WriteResults.SUCCESS_MARKER + "$");

  static final Schema SCHEMA =
      SchemaBuilder.record("IndexEntry")
          .namespace("org.newsdedup")
          .fields()
          .requiredString("articleId")
          .requiredString("runDate")
          .optionalString("publishedDate")
          .requiredString("contentHash")
          .requiredInt("wordCount")
          .requiredInt("shingleCount")
          .requiredBytes("minHashSignature")
          .requiredBytes("storyVector")
          .optionalString("duplicateGroup")
          .optionalString("storyGroup")
          .endRecord();

  private static final byte[] SYNC_MARKER = syncMarker();
  /** A group is named after the first 16 hex digits of its canonical article's content hash. */
  private static final int MIN_CONTENT_HASH_CHARS = 16;

  private IndexFiles() {}

  /** The run date of the partition an index file is in, or null when it is in none. */
  public static @Nullable String partitionDate(String path) {
    Matcher matcher = PARTITION_FILE.matcher(path.replace('\\', '/'));
    return matcher.find() ? matcher.group(1) : null;
  }

  /**
   * The run date of the partition whose {@value WriteResults#SUCCESS_MARKER} marker this is, or
   * null when the path is no partition's marker. A partition is complete only once its marker is
   * there: the marker is published last.
   */
  public static @Nullable String markerDate(String path) {
    Matcher matcher = PARTITION_MARKER.matcher(path.replace('\\', '/'));
    return matcher.find() ? matcher.group(1) : null;
  }

  /** Writes these entries, in this order, as one Avro container file. */
  public static void write(List<IndexEntry> entries, OutputStream out) throws IOException {
    DataFileWriter<GenericRecord> writer =
        new DataFileWriter<>(new GenericDatumWriter<GenericRecord>(SCHEMA));
    writer.setMeta(ENTRY_COUNT, entries.size());
    writer.create(SCHEMA, out, SYNC_MARKER);
    for (IndexEntry entry : entries) {
      writer.append(toRecord(entry));
    }
    // Flush without closing: the caller owns the stream.
    writer.flush();
  }

  /**
   * Reads every entry of one file.
   *
   * @throws IOException when the file is not an index file or is damaged
   */
  public static List<IndexEntry> read(InputStream in) throws IOException {
    List<IndexEntry> entries = new ArrayList<>();
    try (DataFileStream<GenericRecord> records =
        new DataFileStream<>(in, new GenericDatumReader<GenericRecord>(SCHEMA))) {
      for (GenericRecord record : records) {
        entries.add(fromRecord(record));
      }
      long expected = records.getMetaLong(ENTRY_COUNT);
      if (entries.size() != expected) {
        throw new IOException(
            "the file holds " + entries.size() + " of its " + expected + " entries: it was cut short");
      }
    } catch (RuntimeException e) {
      // Avro reports damaged blocks and schema clashes as unchecked exceptions.
      throw new IOException(e.getMessage(), e);
    }
    return entries;
  }

  private static GenericRecord toRecord(IndexEntry entry) {
    GenericRecord record = new GenericData.Record(SCHEMA);
    record.put("articleId", entry.articleId);
    record.put("runDate", entry.runDate);
    record.put("publishedDate", entry.publishedDate);
    record.put("contentHash", entry.contentHash);
    record.put("wordCount", entry.wordCount);
    record.put("shingleCount", entry.shingleCount);
    record.put("minHashSignature", ByteBuffer.wrap(IndexEntries.signatureBytes(entry.signature())));
    record.put("storyVector", ByteBuffer.wrap(entry.storyVector()));
    record.put("duplicateGroup", entry.duplicateGroup);
    record.put("storyGroup", entry.storyGroup);
    return record;
  }

  /**
   * An entry as written, after the checks a well-formed Avro record can still fail: a run date
   * that is a date, and a content hash long enough to name a group.
   */
  private static IndexEntry fromRecord(GenericRecord record) {
    String runDate = string(record.get("runDate"));
    String contentHash = string(record.get("contentHash"));
    LocalDate.parse(runDate);
    if (contentHash.length() < MIN_CONTENT_HASH_CHARS) {
      throw new IllegalArgumentException("content hash too short: '" + contentHash + "'");
    }
    return new IndexEntry(
        string(record.get("articleId")),
        runDate,
        string(record.get("publishedDate")),
        contentHash,
        (Integer) record.get("wordCount"),
        (Integer) record.get("shingleCount"),
        IndexEntries.signature(bytes(record.get("minHashSignature"))),
        bytes(record.get("storyVector")),
        string(record.get("duplicateGroup")),
        string(record.get("storyGroup")));
  }

  private static byte[] syncMarker() {
    long first = Hashing64.token(SCHEMA.toString());
    return ByteBuffer.allocate(16).putLong(first).putLong(Hashing64.mix(first)).array();
  }

  private static String string(Object value) {
    return value == null ? null : value.toString();
  }

  private static byte[] bytes(Object value) {
    ByteBuffer buffer = ((ByteBuffer) value).duplicate();
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
