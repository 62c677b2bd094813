package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.CleanedDocument;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.RawDocument;
import org.newsdedup.model.RemovedLine;

@ExtendWith(TestPipelineExtension.class)
class CleanArticlesTest {
  private static final String ARTICLE =
      "Home News World\n\nTalks resume after the strikes\n\nBy Jane Doe\n"
          + "Ministers met in the capital on Monday and agreed to resume talks within a week.\n"
          + "Read more\n";

  @Test
  void keepsTheArticleAndAccountsForEveryRemovedLine(TestPipeline pipeline) {
    PCollection<RawDocument> input =
        pipeline.apply(Create.of(new RawDocument("a.txt", "a.txt", "UTF-8", ARTICLE)));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create());

    PAssert.that(result.output())
        .containsInAnyOrder(
            new CleanedDocument(
                "a.txt",
                "a.txt",
                "UTF-8",
                "Ministers met in the capital on Monday and agreed to resume talks within a week.",
                List.of(
                    new RemovedLine(1, "Home News World", "breadcrumb"),
                    new RemovedLine(3, "Talks resume after the strikes", "headline"),
                    new RemovedLine(5, "By Jane Doe", "byline"),
                    new RemovedLine(7, "Read more", "read-more"))));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aPageWithNoArticleIsADeadLetterWithItsText(TestPipeline pipeline) {
    String menu = "Home News World\nShare Facebook Twitter\nRead more\n";
    PCollection<RawDocument> input =
        pipeline.apply(Create.of(new RawDocument("menu.txt", "menu.txt", "UTF-8", menu)));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create());

    PAssert.that(result.output()).empty();
    PAssert.that(result.failures())
        .satisfies(
            letters -> {
              DeadLetter letter = letters.iterator().next();
              assertEquals("menu.txt", letter.source);
              assertEquals("CleanArticles", letter.step);
              assertEquals("no-article-text", letter.reason);
              assertEquals(menu, letter.input);
              assertEquals(DeadLetter.ENCODING_TEXT, letter.inputEncoding);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
