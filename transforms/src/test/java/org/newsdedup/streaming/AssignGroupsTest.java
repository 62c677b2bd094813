package org.newsdedup.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.testing.TestStream;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TimestampedValue;
import org.joda.time.Duration;
import org.joda.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.ArticleMatch;
import org.newsdedup.model.Assignment;

/** The union-find of one tier, fed matches one by one. */
@ExtendWith(TestPipelineExtension.class)
class AssignGroupsTest {
  private static final Instant START = Instant.parse("2024-01-29T08:00:00Z");

  private static ArticleMatch match(String article, String matched) {
    return new ArticleMatch(
        article, "hash-of-" + article + "-0123456789", matched,
        "hash-of-" + matched + "-0123456789", "duplicate", "copy", 0.9, 0.95);
  }

  private static TimestampedValue<ArticleMatch> at(int minute, ArticleMatch match) {
    return TimestampedValue.of(match, START.plus(Duration.standardMinutes(minute)));
  }

  @Test
  void groupsAreNamedByTheirFirstSeenMemberAndTheOlderNameSurvivesAMerge(TestPipeline pipeline)
      throws Exception {
    TestStream<ArticleMatch> matches =
        TestStream.create(pipeline.getSchemaRegistry().getSchemaCoder(ArticleMatch.class))
            .addElements(at(1, match("b", "a")))
            .advanceWatermarkTo(START.plus(Duration.standardMinutes(2)))
            .addElements(at(3, match("d", "c")))
            .advanceWatermarkTo(START.plus(Duration.standardMinutes(4)))
            .addElements(at(5, match("e", "a")))
            .advanceWatermarkTo(START.plus(Duration.standardMinutes(6)))
            // d's group (founded second, by c) meets a's group: it is merged into a's.
            .addElements(at(7, match("d", "b")))
            .advanceWatermarkToInfinity();

    PCollection<Assignment> assignments =
        pipeline.apply(matches).apply(AssignGroups.withinMillis(Duration.standardDays(1).getMillis()));

    PAssert.that(assignments)
        .satisfies(
            all -> {
              List<String> lines = new ArrayList<>();
              for (Assignment a : all) {
                lines.add(
                    a.sequence + " " + a.articleId + " " + a.groupId + " " + a.relation + " "
                        + a.matchedId + " " + a.previousGroupId);
              }
              lines.sort(null);
              String groupA = "duplicate-hash-of-a-012345";
              String groupC = "duplicate-hash-of-c-012345";
              assertEquals(
                  List.of(
                      "1 a " + groupA + " copy b null",
                      "2 b " + groupA + " copy a null",
                      "4 c " + groupC + " copy d null",
                      "5 d " + groupC + " copy c null",
                      "6 e " + groupA + " copy a null",
                      "7 c " + groupA + " merged d " + groupC,
                      "8 d " + groupA + " merged d " + groupC),
                  lines);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
