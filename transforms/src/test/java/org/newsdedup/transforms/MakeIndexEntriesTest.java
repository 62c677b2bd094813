package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.Article;
import org.newsdedup.model.IndexEntry;
import org.newsdedup.model.StoryVector;

@ExtendWith(TestPipelineExtension.class)
class MakeIndexEntriesTest {
  private static final Article GROUPED =
      TestArticles.article("in/a.txt", TestArticles.text(TestArticles.words(1, 120)), "2024-01-29")
          .withDuplicateGroup("duplicate-aa")
          .withStoryGroup("story-bb");
  private static final Article SHORT = TestArticles.article("in/b.txt", "Three short words.", null);

  @Test
  void eachArticleGetsItsSignatureGroupsAndRunDate(TestPipeline pipeline) {
    PCollection<IndexEntry> entries =
        pipeline
            .apply(Create.of(List.of(GROUPED, SHORT)))
            .apply(MakeIndexEntries.forNight("2024-01-30"));

    PAssert.that(entries)
        .containsInAnyOrder(
            IndexSketches.entry(GROUPED, "2024-01-30", "duplicate-aa").withGroups("duplicate-aa", "story-bb"),
            // Under five words the whole text is one shingle: still a signature.
            IndexSketches.entry(SHORT, "2024-01-30", null));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void storyVectorsAreQuantizedIntoTheEntries(TestPipeline pipeline) {
    PCollection<KV<String, StoryVector>> vectors =
        pipeline.apply(
            "Vectors",
            Create.of(
                    KV.of(
                        "in/a.txt",
                        new StoryVector("in/a.txt", GROUPED.contentHash, null, 120, new float[] {0.5f, -0.25f, 0.1f})))
                .withCoder(KvCoder.of(StringUtf8Coder.of(), StoryVector.StoryVectorCoder.of())));
    PCollection<IndexEntry> entries =
        pipeline
            .apply("Articles", Create.of(List.of(GROUPED, SHORT)))
            .apply(MakeIndexEntries.forNight("2024-01-30").withStoryVectors(vectors));

    PAssert.that(entries)
        .satisfies(
            all -> {
              List<IndexEntry> list = new ArrayList<>();
              all.forEach(list::add);
              assertEquals(2, list.size());
              for (IndexEntry entry : list) {
                // 0.5 is the largest: 127; -0.25 is -63.5, rounded up; 0.1 is 25.4.
                byte[] expected =
                    entry.articleId.equals("in/a.txt") ? new byte[] {127, -63, 25} : new byte[0];
                assertArrayEquals(expected, entry.storyVector(), entry.articleId);
              }
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
