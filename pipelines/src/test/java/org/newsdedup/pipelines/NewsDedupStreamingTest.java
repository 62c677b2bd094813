package org.newsdedup.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.model.Assignment;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.RawDocument;
import org.newsdedup.streaming.SeparateLateDocuments;

/**
 * The streaming pipeline on articles that arrive one by one (Beam's TestStream: each with its
 * event time, the watermark moved by the test), from decoded documents to assignments.
 */
@ExtendWith(TestPipelineExtension.class)
class NewsDedupStreamingTest {
  private static final Instant START = Instant.parse("2024-01-29T08:00:00Z");

  @TempDir Path temp;

  @Test
  void shuffledArrivalsEndInTheGroupsOfTheBatchRun(TestPipeline pipeline) throws Exception {
    Path input = temp.resolve("input");
    Files.createDirectories(input);
    List<RawDocument> documents = new ArrayList<>();
    for (String folder : List.of("seeds", "unrelated")) {
      for (Path file : StreamingFixtures.textFiles(StreamingFixtures.TESTDATA.resolve(folder))) {
        Files.copy(file, input.resolve(file.getFileName()));
        documents.add(
            StreamingFixtures.document(file.getFileName().toString(), StreamingFixtures.read(file)));
      }
    }
    Path batchOut = temp.resolve("batch");
    ExitCode batch =
        NewsDedup.execute(
            new String[] {"--input=" + input + "/*.txt", "--output=" + batchOut},
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            System.err);
    assertEquals(ExitCode.SUCCESS, batch);
    Map<String, Set<Set<String>>> batchGroups = StreamingFixtures.batchGroups(batchOut);
    // The batch run's groups are the seeds' (the hand-checked expectation): one copy pair, one story.
    assertEquals(2, batchGroups.get("duplicate").iterator().next().size());
    assertEquals(5, batchGroups.get("story").iterator().next().size());

    Collections.shuffle(documents, new Random(7));
    TestStream.Builder<RawDocument> arrivals = TestStream.create(documentCoder(pipeline));
    for (int i = 0; i < documents.size(); i++) {
      Instant at = START.plus(Duration.standardMinutes(5L * i));
      // Every third article carries an event time 8 minutes back: out of order, within lateness.
      Instant eventTime = i % 3 == 2 ? at.minus(Duration.standardMinutes(8)) : at;
      arrivals = arrivals.addElements(TimestampedValue.of(documents.get(i), eventTime));
      arrivals = arrivals.advanceWatermarkTo(at.minus(Duration.standardMinutes(1)));
    }
    NewsDedupStreaming.Outputs outputs =
        NewsDedupStreaming.process(
            fromStream(pipeline, arrivals.advanceWatermarkToInfinity()), options());

    PAssert.that(outputs.deadLetters()).empty();
    PAssert.that(outputs.assignments())
        .satisfies(
            assignments -> {
              assertEquals(batchGroups, StreamingFixtures.finalGroups(assignments));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anArticleWithinTheAllowedLatenessIsMatchedAndOneLaterIsADeadLetter(TestPipeline pipeline)
      throws Exception {
    RawDocument original = documentOf("unrelated", "museum-reopening.txt", "museum");
    RawDocument onTimeCopy = documentOf("unrelated", "museum-reopening.txt", "museum-copy-1");
    RawDocument lateCopy = documentOf("unrelated", "museum-reopening.txt", "museum-copy-2");
    RawDocument tooLateCopy = documentOf("unrelated", "museum-reopening.txt", "museum-copy-3");
    TestStream<RawDocument> arrivals =
        TestStream.create(documentCoder(pipeline))
            .addElements(TimestampedValue.of(original, START))
            .addElements(TimestampedValue.of(onTimeCopy, START.plus(Duration.standardMinutes(30))))
            .advanceWatermarkTo(START.plus(Duration.standardHours(1)))
            // 6 minutes behind the watermark: late, within the 10 allowed.
            .addElements(TimestampedValue.of(lateCopy, START.plus(Duration.standardMinutes(54))))
            // 40 minutes behind: too late.
            .addElements(TimestampedValue.of(tooLateCopy, START.plus(Duration.standardMinutes(20))))
            .advanceWatermarkToInfinity();

    NewsDedupStreaming.Outputs outputs =
        NewsDedupStreaming.process(fromStream(pipeline, arrivals), options("--tiers=duplicate"));

    PAssert.that(outputs.assignments())
        .satisfies(
            assignments -> {
              Set<Set<String>> groups = StreamingFixtures.finalGroups(assignments).get("duplicate");
              assertEquals(Set.of(Set.of("museum", "museum-copy-1", "museum-copy-2")), groups);
              for (Assignment a : assignments) {
                assertEquals("duplicate-", a.groupId.substring(0, 10));
                assertEquals("exact", a.relation);
              }
              return null;
            });
    PAssert.that(outputs.deadLetters())
        .satisfies(
            deadLetters -> {
              List<DeadLetter> list = new ArrayList<>();
              deadLetters.forEach(list::add);
              assertEquals(1, list.size(), list.toString());
              assertEquals("museum-copy-3", list.get(0).source);
              assertEquals(SeparateLateDocuments.REASON_TOO_LATE, list.get(0).reason);
              assertFalse(list.get(0).input.isEmpty(), "the dead letter keeps the input");
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void articlesOlderThanTheRetentionAreForgotten(TestPipeline pipeline) throws Exception {
    RawDocument original = documentOf("unrelated", "football-result.txt", "football");
    RawDocument copyWithin = documentOf("unrelated", "football-result.txt", "football-copy-1");
    RawDocument copyAfter = documentOf("unrelated", "football-result.txt", "football-copy-2");
    TestStream<RawDocument> arrivals =
        TestStream.create(documentCoder(pipeline))
            .addElements(TimestampedValue.of(original, START))
            .addElements(TimestampedValue.of(copyWithin, START.plus(Duration.standardMinutes(50))))
            .advanceWatermarkTo(START.plus(Duration.standardHours(3)))
            // Both earlier articles arrived more than the retention (1 hour) before this one.
            .addElements(TimestampedValue.of(copyAfter, START.plus(Duration.standardHours(3))))
            .advanceWatermarkToInfinity();

    NewsDedupStreaming.Outputs outputs =
        NewsDedupStreaming.process(
            fromStream(pipeline, arrivals), options("--tiers=duplicate", "--retention=PT1H"));

    PAssert.that(outputs.assignments())
        .satisfies(
            assignments -> {
              List<String> assigned = new ArrayList<>();
              assignments.forEach(a -> assigned.add(a.articleId));
              Collections.sort(assigned);
              assertEquals(List.of("football", "football-copy-1"), assigned);
              return null;
            });
    PAssert.that(outputs.deadLetters()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void groupsKeepTheIdTheyGotFirstWhenTheyMerge(TestPipeline pipeline) throws Exception {
    // The agency article (004) and its page scrape (000) are copies: whichever comes first names
    // the group, and the name must not change when later copies join.
    RawDocument agency = documentOf("seeds", "004_98d0749b56e2a244.txt", "agency");
    RawDocument scrape = documentOf("seeds", "000_f4547b695e6a452f.txt", "scrape");
    RawDocument agencyAgain = documentOf("seeds", "004_98d0749b56e2a244.txt", "agency-again");
    TestStream<RawDocument> arrivals =
        TestStream.create(documentCoder(pipeline))
            .addElements(TimestampedValue.of(agency, START))
            .advanceWatermarkTo(START.plus(Duration.standardMinutes(1)))
            .addElements(TimestampedValue.of(scrape, START.plus(Duration.standardMinutes(2))))
            .advanceWatermarkTo(START.plus(Duration.standardMinutes(3)))
            .addElements(TimestampedValue.of(agencyAgain, START.plus(Duration.standardMinutes(4))))
            .advanceWatermarkToInfinity();

    NewsDedupStreaming.Outputs outputs =
        NewsDedupStreaming.process(fromStream(pipeline, arrivals), options("--tiers=duplicate"));

    PAssert.that(outputs.assignments())
        .satisfies(
            assignments -> {
              Set<String> groupIds = new java.util.TreeSet<>();
              List<String> firstMatched = new ArrayList<>();
              for (Assignment a : assignments) {
                groupIds.add(a.groupId);
                if (a.articleId.equals("scrape")) {
                  firstMatched.add(a.matchedId);
                }
              }
              assertEquals(1, groupIds.size(), groupIds.toString());
              assertTrue(firstMatched.contains("agency"), firstMatched.toString());
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  private static RawDocument documentOf(String folder, String file, String id) {
    return StreamingFixtures.document(
        id, StreamingFixtures.read(StreamingFixtures.TESTDATA.resolve(folder).resolve(file)));
  }

  static Coder<RawDocument> documentCoder(TestPipeline pipeline) throws NoSuchSchemaException {
    return pipeline.getSchemaRegistry().getSchemaCoder(RawDocument.class);
  }

  static WithFailures.Result<PCollection<RawDocument>, DeadLetter> fromStream(
      TestPipeline pipeline, TestStream<RawDocument> arrivals) throws NoSuchSchemaException {
    PCollection<DeadLetter> none =
        pipeline.apply(
            "NoReadFailures",
            Create.empty(pipeline.getSchemaRegistry().getSchemaCoder(DeadLetter.class)));
    return WithFailures.Result.of(pipeline.apply("Arrivals", arrivals), none);
  }

  static NewsDedupStreamingOptions options(String... args) {
    List<String> all = new ArrayList<>(List.of("--kafkaTopic=unused", "--output=unused"));
    all.addAll(List.of(args));
    return NewsDedupStreaming.parse(all.toArray(String[]::new));
  }
}
