package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.model.Assignment;

/** Records with a Beam schema into Avro container files, read back with Avro's own reader. */
@ExtendWith(TestPipelineExtension.class)
class WriteAvroRecordsTest {
  @TempDir Path folder;

  @Test
  void recordsComeBackFromTheShardsWithTheSchemasFieldNamesAndTypes(TestPipeline pipeline)
      throws Exception {
    List<Assignment> assignments =
        List.of(
            new Assignment("a", "duplicate-0123", "duplicate", "copy", "b", 0.75, 0.9, null, 0),
            new Assignment("b", "duplicate-0123", "duplicate", "copy", "a", 0.75, 0.9, null, 1),
            new Assignment("c", "duplicate-0123", "duplicate", "merged", "d", 0.5, 1.0, "duplicate-4567", 2));

    pipeline
        .apply(Create.of(assignments))
        .apply(WriteAvroRecords.to(folder + "/", "group-assignments", 2));
    pipeline.run().waitUntilFinish();

    Set<String> names = new TreeSet<>();
    Set<String> records = new TreeSet<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        names.add(file.getFileName().toString());
        read(file, records);
      }
    }
    assertEquals(
        Set.of("group-assignments-00000-of-00002.avro", "group-assignments-00001-of-00002.avro"),
        names);
    assertEquals(
        Set.of(
            "a duplicate-0123 duplicate copy b 0.75 0.9 null 0",
            "b duplicate-0123 duplicate copy a 0.75 0.9 null 1",
            "c duplicate-0123 duplicate merged d 0.5 1.0 duplicate-4567 2"),
        records);
  }

  private static void read(Path file, Set<String> records) throws IOException {
    try (DataFileReader<GenericRecord> reader =
        new DataFileReader<>(file.toFile(), new GenericDatumReader<>())) {
      Schema schema = reader.getSchema();
      // The record is named after the prefix, a hyphen not being allowed in an Avro name.
      assertEquals("org.newsdedup.group_assignments", schema.getFullName());
      assertEquals(Schema.Type.DOUBLE, schema.getField("similarity").schema().getType());
      assertEquals(Schema.Type.LONG, schema.getField("sequence").schema().getType());
      // Nullable in the model, so a union with null in the file.
      assertEquals(Schema.Type.UNION, schema.getField("previousGroupId").schema().getType());
      for (GenericRecord r : reader) {
        StringBuilder line = new StringBuilder();
        for (String field :
            List.of("articleId", "groupId", "tier", "relation", "matchedId", "similarity",
                "containment", "previousGroupId", "sequence")) {
          line.append(line.length() == 0 ? "" : " ").append(r.get(field));
        }
        records.add(line.toString());
      }
    }
  }
}
