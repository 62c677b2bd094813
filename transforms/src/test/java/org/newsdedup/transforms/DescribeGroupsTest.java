package org.newsdedup.transforms;

import java.util.List;
import java.util.stream.LongStream;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.CommonShingles;
import org.newsdedup.model.DocumentGroup;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.model.GroupMember;
import org.newsdedup.text.CopyJudge;

@ExtendWith(TestPipelineExtension.class)
class DescribeGroupsTest {
  private static final String HASH = "0123456789abcdef0123456789abcdef";

  @Test
  void scoresEveryMemberAgainstTheEarliestArticle(TestPipeline pipeline) {
    PCollection<KV<String, Fingerprint>> fingerprints =
        pipeline.apply(
            "Fingerprints",
            Create.of(
                keyed(new Fingerprint("late-copy", "c2", "2024-01-03", 10, range(1, 8, 11, 12))),
                keyed(new Fingerprint("first", HASH, "2024-01-01", 10, range(1, 10))),
                keyed(new Fingerprint("same", HASH, "2024-01-02", 10, range(1, 10))),
                keyed(new Fingerprint("excerpt", "c3", "2024-01-02", 4, range(1, 4))),
                keyed(new Fingerprint("far", "c4", null, 10, shingles(5, 6, 20, 21, 22, 23, 24, 25, 26, 27))),
                keyed(new Fingerprint("alone", "c5", "2023-12-31", 3, range(90, 92)))));
    PCollection<KV<String, String>> components =
        pipeline.apply(
            "Components",
            Create.of(
                KV.of("first", "g"), KV.of("same", "g"), KV.of("late-copy", "g"),
                KV.of("excerpt", "g"), KV.of("far", "g")));

    PCollection<DocumentGroup> groups =
        components.apply(
            DescribeGroups.of(
                fingerprints,
                DocumentGroup.TIER_DUPLICATE,
                new CopyJudge(0.5, 0.8),
                TestArticles.commonShingles(pipeline, CommonShingles.NONE)));

    // Against {1..10}: late-copy shares 8 of a union of 12; excerpt's 4 are all inside;
    // far shares 2 of 18 and 2 of its 10.
    PAssert.that(groups)
        .containsInAnyOrder(
            new DocumentGroup(
                "duplicate-0123456789abcdef",
                "duplicate",
                "first",
                List.of(
                    new GroupMember("excerpt", 0.4, 1.0, "contained"),
                    new GroupMember("far", 0.1111, 0.2, "transitive"),
                    new GroupMember("first", 1.0, 1.0, "canonical"),
                    new GroupMember("late-copy", 0.6667, 0.8, "copy"),
                    new GroupMember("same", 1.0, 1.0, "exact"))));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void scoresWeighShinglesThatManyTextsHold(TestPipeline pipeline) {
    PCollection<KV<String, Fingerprint>> fingerprints =
        pipeline.apply(
            "Fingerprints",
            Create.of(
                keyed(new Fingerprint("late-copy", "c2", "2024-01-03", 10, range(1, 8, 11, 12))),
                keyed(new Fingerprint("first", HASH, "2024-01-01", 10, range(1, 10))),
                keyed(new Fingerprint("excerpt", "c3", "2024-01-02", 4, range(1, 4))),
                keyed(new Fingerprint("far", "c4", null, 10, shingles(5, 6, 20, 21, 22, 23, 24, 25, 26, 27)))));
    PCollection<KV<String, String>> components =
        pipeline.apply(
            "Components",
            Create.of(
                KV.of("first", "g"), KV.of("late-copy", "g"), KV.of("excerpt", "g"),
                KV.of("far", "g")));
    // Shingles 1 to 6 are in 200 texts, four times the floor of 50: each weighs 0.5.
    CommonShingles common = new CommonShingles(50, range(1, 6), new int[] {200, 200, 200, 200, 200, 200});

    PCollection<DocumentGroup> groups =
        components.apply(
            DescribeGroups.of(
                fingerprints,
                DocumentGroup.TIER_DUPLICATE,
                new CopyJudge(0.5, 0.8),
                TestArticles.commonShingles(pipeline, common)));

    // Against first's 3 + 4 = 7: late-copy shares 3 + 2 = 5 of a union of 5 + 2 + 2 = 9 and 5 of
    // its 7; excerpt's 2 are all inside; far shares 1, of a union of 1 + 8 + 6.
    PAssert.that(groups)
        .containsInAnyOrder(
            new DocumentGroup(
                "duplicate-0123456789abcdef",
                "duplicate",
                "first",
                List.of(
                    new GroupMember("excerpt", 0.2857, 1.0, "contained"),
                    new GroupMember("far", 0.0667, 0.1429, "transitive"),
                    new GroupMember("first", 1.0, 1.0, "canonical"),
                    new GroupMember("late-copy", 0.5556, 0.7143, "copy"))));
    pipeline.run().waitUntilFinish();
  }

  private static KV<String, Fingerprint> keyed(Fingerprint fingerprint) {
    return KV.of(fingerprint.id, fingerprint);
  }

  private static long[] range(long from, long to, long... more) {
    return LongStream.concat(LongStream.rangeClosed(from, to), LongStream.of(more)).sorted().toArray();
  }

  private static long[] shingles(long... values) {
    return values;
  }
}
