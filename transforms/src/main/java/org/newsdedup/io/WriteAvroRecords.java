package org.newsdedup.io;

import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.extensions.avro.coders.AvroCoder;
import org.apache.beam.sdk.extensions.avro.io.AvroIO;
import org.apache.beam.sdk.extensions.avro.schemas.utils.AvroUtils;
import org.apache.beam.sdk.schemas.transforms.Convert;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * Writes records that have a Beam schema as Avro container files, {@code
 * <prefix>-SSSSS-of-NNNNN.avro}, with the Avro schema derived from the Beam schema: the files load
 * into BigQuery, Spark or DuckDB with their field names and types. Avro files carry a random sync
 * marker, so equal records give equal files up to those markers, not byte for byte.
 */
public final class WriteAvroRecords<T> extends PTransform<PCollection<T>, PDone> {
  private final String directory;
  private final String prefix;
  private final int shards;

  private WriteAvroRecords(String directory, String prefix, int shards) {
    this.directory = directory;
    this.prefix = prefix;
    this.shards = shards;
  }

  /** Writes into {@code directory} (ending in {@code /}) as {@code prefix-*.avro} in this many shards. */
  public static <T> WriteAvroRecords<T> to(String directory, String prefix, int shards) {
    return new WriteAvroRecords<>(directory, prefix, shards);
  }

  @Override
  public PDone expand(PCollection<T> records) {
    Schema avroSchema = AvroUtils.toAvroSchema(records.getSchema(), prefix.replace('-', '_'), "org.newsdedup");
    return records
        .apply("ToRows", Convert.toRows())
        .apply(
            "ToAvroRecords",
            MapElements.into(TypeDescriptor.of(GenericRecord.class))
                .via(AvroUtils.getRowToGenericRecordFunction(avroSchema)))
        .setCoder(AvroCoder.of(GenericRecord.class, avroSchema))
        .apply(
            "WriteAvroFiles",
            AvroIO.writeGenericRecords(avroSchema)
                .to(directory + prefix)
                .withSuffix(".avro")
                .withNumShards(shards));
  }
}
