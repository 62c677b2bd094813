package org.newsdedup.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.model.Article;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.GroupMember;
import org.newsdedup.model.RemovedLine;

@ExtendWith(TestPipelineExtension.class)
class WriteResultsTest {
  @TempDir Path out;

  @Test
  void writesEachKindOfRecordAndASummaryThatAccountsForEveryInput(TestPipeline pipeline)
      throws IOException {
    Article a = article("a.txt", "duplicate-1");
    Article b = article("b.txt", "duplicate-1");
    DocumentGroup group =
        new DocumentGroup(
            "duplicate-1",
            "duplicate",
            "a.txt",
            List.of(new GroupMember("a.txt", 1.0, 1.0, "canonical"), new GroupMember("b.txt", 1.0, 1.0, "exact")));
    DeadLetter empty = DeadLetter.ofText("c.txt", "ReadArticles", "empty", "the file has no bytes", "");

    PCollectionTuple.of(WriteResults.ARTICLES, pipeline.apply("Articles", Create.of(b, a)))
        .and(WriteResults.GROUPS, pipeline.apply("Groups", Create.of(group)))
        .and(WriteResults.DEAD_LETTERS, pipeline.apply("DeadLetters", Create.of(empty)))
        .and(WriteResults.INPUTS, pipeline.apply("Inputs", Create.of("a.txt", "b.txt", "c.txt")))
        .apply(WriteResults.to(out.toString(), 1));
    pipeline.run().waitUntilFinish();

    assertEquals(
        List.of(Json.article(a), Json.article(b)), lines("articles-00000-of-00001.jsonl"));
    assertEquals(List.of(Json.group(group)), lines("groups-00000-of-00001.jsonl"));
    assertEquals(List.of(Json.deadLetter(empty)), lines("dead-letter-00000-of-00001.jsonl"));
    assertEquals(
        List.of(
            "{\"articles\":2,\"deadLetters\":1,\"deadLettersByReason\":{\"empty\":1},"
                + "\"groupSizes\":{\"duplicate\":{\"2\":1}},\"groups\":{\"duplicate\":1},\"inputs\":3}"),
        lines(WriteResults.SUMMARY_FILE));
  }

  @Test
  void anEmptyRunStillWritesASummaryOfZeros(TestPipeline pipeline) throws IOException {
    PCollectionTuple.of(WriteResults.ARTICLES, pipeline.apply("Articles", Create.empty(TypeDescriptor.of(Article.class))))
        .and(WriteResults.GROUPS, pipeline.apply("Groups", Create.empty(TypeDescriptor.of(DocumentGroup.class))))
        .and(WriteResults.DEAD_LETTERS, pipeline.apply("DeadLetters", Create.empty(TypeDescriptor.of(DeadLetter.class))))
        .and(WriteResults.INPUTS, pipeline.apply("Inputs", Create.empty(TypeDescriptor.of(String.class))))
        .apply(WriteResults.to(out.toString(), 1));
    pipeline.run().waitUntilFinish();

    assertEquals(List.of("{\"articles\":0,\"deadLetters\":0,\"inputs\":0}"), lines(WriteResults.SUMMARY_FILE));
  }

  @Test
  void avroFilesHoldTheSameRecordsWithTheirSchema(TestPipeline pipeline) throws IOException {
    Article a =
        article("a.txt", "duplicate-1").toBuilder()
            .title("Pakistan and Iran agree")
            .removedLines(List.of(new RemovedLine(1, "Share on Facebook", "share-bar")))
            .build();
    Article b = article("b.txt", null);
    DeadLetter empty = DeadLetter.ofText("c.txt", "ReadArticles", "empty", "the file has no bytes", "");

    PCollectionTuple.of(WriteResults.ARTICLES, pipeline.apply("Articles", Create.of(a, b)))
        .and(WriteResults.GROUPS, pipeline.apply("Groups", Create.empty(TypeDescriptor.of(DocumentGroup.class))))
        .and(WriteResults.DEAD_LETTERS, pipeline.apply("DeadLetters", Create.of(empty)))
        .and(WriteResults.INPUTS, pipeline.apply("Inputs", Create.of("a.txt", "b.txt", "c.txt")))
        .apply(WriteResults.to(out.toString(), 1).withFormat(OutputFormat.AVRO));
    pipeline.run().waitUntilFinish();

    Map<String, GenericRecord> articles = new TreeMap<>();
    for (GenericRecord record : avro("articles-00000-of-00001.avro")) {
      articles.put(record.get("id").toString(), record);
    }
    assertEquals(List.of("a.txt", "b.txt"), List.copyOf(articles.keySet()));
    GenericRecord first = articles.get("a.txt");
    assertEquals("Pakistan and Iran agree", first.get("title").toString());
    assertEquals("duplicate-1", first.get("duplicateGroup").toString());
    GenericRecord removed = (GenericRecord) ((List<?>) first.get("removedLines")).get(0);
    assertEquals("share-bar", removed.get("reason").toString());
    assertEquals(null, articles.get("b.txt").get("title"));
    assertEquals(null, articles.get("b.txt").get("duplicateGroup"));
    assertEquals(List.of(), avro("groups-00000-of-00001.avro"));
    List<GenericRecord> deadLetters = avro("dead-letter-00000-of-00001.avro");
    assertEquals(1, deadLetters.size());
    assertEquals("empty", deadLetters.get(0).get("reason").toString());
    assertEquals(
        List.of("{\"articles\":2,\"deadLetters\":1,\"deadLettersByReason\":{\"empty\":1},\"inputs\":3}"),
        lines(WriteResults.SUMMARY_FILE));
  }

  private List<GenericRecord> avro(String file) throws IOException {
    List<GenericRecord> records = new ArrayList<>();
    try (DataFileReader<GenericRecord> reader =
        new DataFileReader<>(out.resolve(file).toFile(), new GenericDatumReader<>())) {
      reader.forEach(records::add);
    }
    return records;
  }

  private List<String> lines(String file) throws IOException {
    return Files.readAllLines(out.resolve(file), StandardCharsets.UTF_8);
  }

  private static Article article(String id, String group) {
    return Article.builder()
        .id(id)
        .source(id)
        .charset("UTF-8")
        .text("Same words.")
        .wordCount(2)
        .contentHash("h")
        .duplicateGroup(group)
        .build();
  }
}
