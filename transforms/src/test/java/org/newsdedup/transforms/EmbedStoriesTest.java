package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.Article;

@ExtendWith(TestPipelineExtension.class)
class EmbedStoriesTest {
  @Test
  void eachArticleGetsAUnitVectorAndItsPassagesUnderItsId(TestPipeline pipeline) {
    Article agency = TestArticles.article("agency", StoryArticles.seedText(StoryArticles.AGENCY), null);
    Article scrape = TestArticles.article("scrape", StoryArticles.seedText(StoryArticles.SCRAPE), null);

    PCollectionTuple embedded =
        pipeline.apply(Create.of(List.of(agency, scrape))).apply(EmbedStories.create());

    PAssert.that(embedded.get(EmbedStories.VECTORS))
        .satisfies(
            vectors -> {
              int count = 0;
              for (var vector : vectors) {
                count++;
                assertEquals(vector.getKey(), vector.getValue().id);
                float[] embedding = vector.getValue().embedding();
                assertEquals(384, embedding.length);
                double squares = 0;
                for (float x : embedding) {
                  squares += (double) x * x;
                }
                assertEquals(1.0, squares, 1e-4, "a unit vector");
              }
              assertEquals(2, count);
              return null;
            });
    PAssert.that(embedded.get(EmbedStories.PASSAGES))
        .satisfies(
            passages -> {
              passages.forEach(p -> assertTrue(p.getValue().size() > 1, p.getKey()));
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
