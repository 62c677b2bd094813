package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.newsdedup.text.ArticleCleaner;
import org.newsdedup.text.CleanedText;
import org.newsdedup.text.CleaningMode;
import org.newsdedup.text.InputFormat;

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

  /** A cleaner with a bug that one document triggers: it throws on that document only. */
  private static final class FailsOnOneDocument implements CleanArticles.DocumentCleaner {
    @Override
    public CleanedText clean(String source, String text) {
      if (source.equals("poison.txt")) {
        throw new IllegalStateException("no rule for this line");
      }
      return ArticleCleaner.clean(source, text, InputFormat.AUTO, CleaningMode.BALANCED);
    }
  }

  @Test
  void aDocumentTheCleanerThrowsOnIsADeadLetterAndTheOthersGoOn(TestPipeline pipeline) {
    PCollection<RawDocument> input =
        pipeline.apply(
            Create.of(
                new RawDocument("a.txt", "a.txt", "UTF-8", ARTICLE),
                new RawDocument("poison.txt", "poison.txt", "UTF-8", ARTICLE + "odd line\n")));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.using(new FailsOnOneDocument()));

    PAssert.that(result.output())
        .satisfies(
            cleaned -> {
              List<String> ids = new java.util.ArrayList<>();
              cleaned.forEach(document -> ids.add(document.id));
              assertEquals(List.of("a.txt"), ids);
              return null;
            });
    PAssert.that(result.failures())
        .satisfies(
            failures -> {
              DeadLetter failure = failures.iterator().next();
              assertEquals("poison.txt", failure.source);
              assertEquals(CleanArticles.STEP, failure.step);
              assertEquals(StepFailures.REASON_STEP_FAILED, failure.reason);
              assertEquals(ARTICLE + "odd line\n", failure.input);
              assertTrue(
                  failure.detail.startsWith(
                      "java.lang.IllegalStateException: no rule for this line at "
                          + FailsOnOneDocument.class.getName() + ".clean("),
                  failure.detail);
              return null;
            });
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

  private static final String ARTICLE_PARAGRAPH =
      "Ministers met in the capital on Monday and agreed to resume talks within a week.";

  private static final List<RemovedLine> ARTICLE_REMOVED =
      List.of(
          new RemovedLine(1, "Home News World", "breadcrumb"),
          new RemovedLine(3, "Talks resume after the strikes", "headline"),
          new RemovedLine(5, "By Jane Doe", "byline"),
          new RemovedLine(7, "Read more", "read-more"));

  @Test
  void eachPieceOfFurnitureIsRemovedUnderTheRuleThatKnewIt(TestPipeline pipeline) {
    String page =
        String.join(
            "\n",
            "Home / Politics / Elections",
            "",
            "Council approves new budget for city libraries",
            "By Maria Lopez",
            "12 March 2024",
            "Share Facebook Twitter WhatsApp",
            "The city council voted on Tuesday to raise the library budget by a fifth, ending"
                + " months of debate.",
            "Readers at the central library",
            "Volunteers sort donated books in the central library (Photo: City Hall via AP)",
            "Opening hours will be extended on weekday evenings from April, the council said in a"
                + " statement.",
            "Advertisement",
            "Maria Lopez is a reporter covering city hall for the paper.");
    PCollection<RawDocument> input =
        pipeline.apply(Create.of(new RawDocument("lib.txt", "lib.txt", "UTF-8", page)));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create());

    PAssert.that(result.output())
        .containsInAnyOrder(
            new CleanedDocument(
                "lib.txt",
                "lib.txt",
                "UTF-8",
                "The city council voted on Tuesday to raise the library budget by a fifth, ending"
                    + " months of debate.\n"
                    + "Opening hours will be extended on weekday evenings from April, the council"
                    + " said in a statement.",
                List.of(
                    new RemovedLine(1, "Home / Politics / Elections", "breadcrumb"),
                    new RemovedLine(3, "Council approves new budget for city libraries", "headline"),
                    new RemovedLine(4, "By Maria Lopez", "byline"),
                    new RemovedLine(5, "12 March 2024", "date-line"),
                    new RemovedLine(6, "Share Facebook Twitter WhatsApp", "share-bar"),
                    new RemovedLine(8, "Readers at the central library", "image-alt-text"),
                    new RemovedLine(
                        9,
                        "Volunteers sort donated books in the central library (Photo: City Hall"
                            + " via AP)",
                        "photo-caption"),
                    new RemovedLine(11, "Advertisement", "advertisement"),
                    new RemovedLine(
                        12,
                        "Maria Lopez is a reporter covering city hall for the paper.",
                        "author-bio"))));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aRepeatedParagraphAndATrailingHeadlineListAreRemoved(TestPipeline pipeline) {
    String snow =
        "Heavy snow closed three mountain passes on Sunday and stranded dozens of drivers"
            + " overnight.";
    String rescue =
        "Rescue teams reached the last cars shortly after dawn, the regional police said.";
    String page =
        String.join(
            "\n",
            "Storm closes mountain passes across the region",
            snow,
            rescue,
            snow,
            "In Weather",
            "•",
            "Flood warnings issued for river towns",
            "•",
            "Heatwave record broken in the south");
    PCollection<RawDocument> input =
        pipeline.apply(Create.of(new RawDocument("snow.txt", "snow.txt", "UTF-8", page)));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create());

    PAssert.that(result.output())
        .containsInAnyOrder(
            new CleanedDocument(
                "snow.txt",
                "snow.txt",
                "UTF-8",
                snow + "\n" + rescue,
                List.of(
                    new RemovedLine(1, "Storm closes mountain passes across the region", "headline"),
                    new RemovedLine(4, snow, "repeated-line"),
                    new RemovedLine(5, "In Weather", "link-list"),
                    new RemovedLine(6, "•", "link-list"),
                    new RemovedLine(7, "Flood warnings issued for river towns", "link-list"),
                    new RemovedLine(8, "•", "link-list"),
                    new RemovedLine(9, "Heatwave record broken in the south", "link-list"))));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void windowsLineEndingsGiveTheSameLinesAndLineNumbers(TestPipeline pipeline) {
    PCollection<RawDocument> input =
        pipeline.apply(
            Create.of(new RawDocument("crlf.txt", "crlf.txt", "UTF-8", ARTICLE.replace("\n", "\r\n"))));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create());

    PAssert.that(result.output())
        .containsInAnyOrder(
            new CleanedDocument("crlf.txt", "crlf.txt", "UTF-8", ARTICLE_PARAGRAPH, ARTICLE_REMOVED));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void keptTextIsNormalisedAndIdSourceAndCharsetPassThrough(TestPipeline pipeline) {
    // A decomposed é, a double space, a no-break space and a zero-width space.
    String line =
        "Cafe\u0301  owners\u00A0in the old town agreed on\u200B Monday to keep their terraces open"
            + " until midnight.\n";
    PCollection<RawDocument> input =
        pipeline.apply(
            Create.of(
                new RawDocument("feeds/cafe.txt", "https://example.org/cafe", "windows-1252", line)));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create());

    PAssert.that(result.output())
        .containsInAnyOrder(
            new CleanedDocument(
                "feeds/cafe.txt",
                "https://example.org/cafe",
                "windows-1252",
                "Caf\u00E9 owners in the old town agreed on Monday to keep their terraces open until"
                    + " midnight.",
                List.of()));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void eachDocumentOfABatchGoesToItsOwnOutputAndDeadLettersNameTheSource(
      TestPipeline pipeline) {
    String menu = "Home News Sport\nFollow us on Instagram\nAdvertisement\n";
    PCollection<RawDocument> input =
        pipeline.apply(
            Create.of(
                new RawDocument("a.txt", "a.txt", "UTF-8", ARTICLE),
                new RawDocument("feed-7", "https://example.org/menu", "UTF-8", menu)));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create());

    PAssert.that(result.output())
        .containsInAnyOrder(
            new CleanedDocument("a.txt", "a.txt", "UTF-8", ARTICLE_PARAGRAPH, ARTICLE_REMOVED));
    PAssert.that(result.failures())
        .containsInAnyOrder(
            new DeadLetter(
                "https://example.org/menu",
                "CleanArticles",
                "no-article-text",
                "every line was page furniture (3 lines removed)",
                menu,
                DeadLetter.ENCODING_TEXT,
                false));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aDeadLetterKeepsAt64KiBOfItsInputAndSaysItWasCut(TestPipeline pipeline) {
    // 7,000 lines of 10 characters: 70,000 characters, every line a read-more prompt.
    String prompts = "Read more\n".repeat(7000);
    PCollection<RawDocument> input =
        pipeline.apply(Create.of(new RawDocument("p.txt", "p.txt", "UTF-8", prompts)));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create());

    PAssert.that(result.output()).empty();
    PAssert.that(result.failures())
        .containsInAnyOrder(
            new DeadLetter(
                "p.txt",
                "CleanArticles",
                "no-article-text",
                "every line was page furniture (7000 lines removed)",
                // 65,536 characters: 6,553 whole lines (65,530) and the first 6 of the next.
                "Read more\n".repeat(6553) + "Read m",
                DeadLetter.ENCODING_TEXT,
                true));
    pipeline.run().waitUntilFinish();
  }

  private static final String HTML_PAGE =
      String.join(
          "\n",
          "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>",
          "<article><h1>Talks resume after the strikes</h1>",
          "<p>Ministers met in the capital on Monday and agreed to resume talks within a week.</p>",
          "<figure><figcaption>The ministers in the capital. Photo: Jane Roe</figcaption></figure>",
          "</article><footer>© 2024 The Courier</footer></body></html>");

  @Test
  void anHtmlPageGivesTheSameKindOfRecordWithCaptionsAndSourceLines(TestPipeline pipeline) {
    PCollection<RawDocument> input =
        pipeline.apply(Create.of(new RawDocument("a.html", "a.html", "UTF-8", HTML_PAGE)));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create());

    PAssert.that(result.output())
        .containsInAnyOrder(
            new CleanedDocument(
                "a.html", "a.html", "UTF-8", ARTICLE_PARAGRAPH,
                List.of(
                    new RemovedLine(1, "Home News", "breadcrumb"),
                    new RemovedLine(2, "Talks resume after the strikes", "headline"),
                    new RemovedLine(
                        4, "The ministers in the capital. Photo: Jane Roe", "photo-caption"),
                    new RemovedLine(5, "© 2024 The Courier", "copyright"))));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theFormatCanBeForcedWhateverTheName(TestPipeline pipeline) {
    PCollection<RawDocument> input =
        pipeline.apply(Create.of(new RawDocument("a.txt", "a.txt", "UTF-8", HTML_PAGE)));

    WithFailures.Result<PCollection<CleanedDocument>, DeadLetter> result =
        input.apply(CleanArticles.create().withInputFormat(org.newsdedup.text.InputFormat.TEXT));

    // Read as text, the markup stays in the kept line: nothing was parsed.
    PAssert.that(result.output())
        .satisfies(
            documents -> {
              assertEquals("<p>" + ARTICLE_PARAGRAPH + "</p>", documents.iterator().next().text);
              return null;
            });
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theModeDecidesADoubtfulLine(TestPipeline pipeline) {
    String page =
        String.join(
            "\n",
            "The council voted on Tuesday to close the coast road for the winter, after waves threw"
                + " stones onto the carriageway for a second night.",
            "The survey will be repeated next year.",
            "About us");
    PCollection<RawDocument> input =
        pipeline.apply(Create.of(new RawDocument("a.txt", "a.txt", "UTF-8", page)));

    PCollection<CleanedDocument> balanced =
        input.apply("Balanced", CleanArticles.create()).output();
    PCollection<CleanedDocument> precise =
        input
            .apply(
                "Precision",
                CleanArticles.create().withMode(org.newsdedup.text.CleaningMode.PRECISION))
            .output();

    PAssert.that(balanced)
        .satisfies(
            documents -> {
              assertEquals(2, documents.iterator().next().text.split("\n").length);
              return null;
            });
    PAssert.that(precise)
        .satisfies(
            documents -> {
              assertEquals(1, documents.iterator().next().text.split("\n").length);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }
}
