package org.newsdedup.transforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.Article;
import org.newsdedup.model.CleanedDocument;
import org.newsdedup.model.Dateline;
import org.newsdedup.model.RemovedLine;
import org.newsdedup.text.ContentHash;
import org.newsdedup.text.DateOrder;

@ExtendWith(TestPipelineExtension.class)
class ExtractMetadataTest {
  /** 20 words, then 16 words. */
  private static final String TEXT =
      "Dock workers in the port of Halden returned to their cranes on Monday after a strike that"
          + " lasted eleven days.\n"
          + "The union said its members had accepted a pay rise of four percent over two years.";

  private static final List<RemovedLine> HEADER =
      List.of(
          new RemovedLine(1, "Home News Business", "breadcrumb"),
          new RemovedLine(3, "Port strike ends after eleven days", "headline"),
          new RemovedLine(4, "By Jane Doe and John Roe, Reuters", "byline"),
          new RemovedLine(5, "Published 03/01/2024", "date-line"));

  private static final CleanedDocument STRIKE =
      new CleanedDocument("port.txt", "port.txt", "UTF-8", TEXT, HEADER);

  private static Article only(Iterable<Article> articles) {
    Iterator<Article> it = articles.iterator();
    Article article = it.next();
    assertFalse(it.hasNext(), "one article expected");
    return article;
  }

  @Test
  void readsEveryFieldFromTheRemovedLinesAndTheText(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline.apply(Create.of(STRIKE)).apply(ExtractMetadata.create()).output();

    PAssert.that(articles)
        .satisfies(
            all -> {
              Article article = only(all);
              assertEquals("port.txt", article.id);
              assertEquals("port.txt", article.source);
              assertEquals("UTF-8", article.charset);
              assertEquals("Port strike ends after eleven days", article.title);
              assertEquals("2024-01-03", article.publishedDate);
              assertEquals("Published 03/01/2024", article.dateSource);
              assertEquals(List.of("Jane Doe", "John Roe"), article.authors);
              assertEquals(List.of("Reuters"), article.agencies);
              assertNull(article.publisher);
              assertEquals("Business", article.section);
              assertEquals("en", article.language);
              assertTrue(
                  article.languageConfidence > 0 && article.languageConfidence <= 1,
                  "confidence " + article.languageConfidence + " is a probability above 0");
              assertEquals(TEXT, article.text);
              assertEquals(HEADER, article.removedLines);
              assertEquals(36, article.wordCount);
              assertEquals(2, article.sentenceCount);
              assertEquals(1, article.readingTimeMinutes);
              assertNull(article.dateline);
              assertEquals("Port strike ends after eleven days", article.metadataSources.get("title"));
              assertEquals("Published 03/01/2024", article.metadataSources.get("publishedDate"));
              assertEquals(ContentHash.of(TEXT), article.contentHash);
              assertNull(article.duplicateGroup);
              assertNull(article.storyGroup);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void monthFirstReadsTheSameNumericDateAsMarchFirst(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline
            .apply(Create.of(STRIKE))
            .apply(ExtractMetadata.create().withDateOrder(DateOrder.MONTH_FIRST)).output();

    PAssert.that(articles)
        .satisfies(
            all -> {
              Article article = only(all);
              assertEquals("2024-03-01", article.publishedDate);
              assertEquals("Published 03/01/2024", article.dateSource);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aDatelineCreditsItsAgencyAndMissingFieldsStayEmpty(TestPipeline pipeline) {
    String text =
        "LISBON (AFP) - City buses will run all night during the festival, the mayor's office"
            + " said on Tuesday.";
    PCollection<Article> articles =
        pipeline
            .apply(Create.of(new CleanedDocument("lisbon.txt", "lisbon.txt", "UTF-8", text, List.of())))
            .apply(ExtractMetadata.create()).output();

    PAssert.that(articles)
        .satisfies(
            all -> {
              Article article = only(all);
              assertEquals(List.of("AFP"), article.agencies);
              assertEquals(new Dateline("LISBON (AFP) -", "LISBON", "AFP"), article.dateline);
              assertEquals(List.of("Lisbon"), article.entities.places);
              assertEquals(List.of(), article.authors);
              assertNull(article.title);
              assertNull(article.publishedDate);
              assertNull(article.dateSource);
              assertNull(article.publisher);
              assertNull(article.section);
              assertEquals(17, article.wordCount);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aDateInAPhotoCaptionIsNotThePublicationDate(TestPipeline pipeline) {
    List<RemovedLine> removed =
        List.of(new RemovedLine(2, "Crowds on the quay on 12 March 2024 (Photo: Reuters)", "photo-caption"));
    PCollection<Article> articles =
        pipeline
            .apply(Create.of(new CleanedDocument("quay.txt", "quay.txt", "UTF-8", TEXT, removed)))
            .apply(ExtractMetadata.create()).output();

    PAssert.that(articles)
        .satisfies(
            all -> {
              Article article = only(all);
              assertNull(article.publishedDate);
              assertNull(article.dateSource);
              assertEquals(List.of(), article.agencies);
              assertEquals(
                  List.of("Crowds on the quay on 12 March 2024 (Photo: Reuters)"), article.captions);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aLongDateSourceLineIsCutTo160Characters(TestPipeline pipeline) {
    // 11 + 196 + 3 = 210 characters; the first 159 are the date, a space and 37 "tag " runs.
    String line = "2024-01-29 " + "tag ".repeat(49) + "tag";
    List<RemovedLine> removed = List.of(new RemovedLine(1, line, "header-line"));
    PCollection<Article> articles =
        pipeline
            .apply(Create.of(new CleanedDocument("tags.txt", "tags.txt", "UTF-8", TEXT, removed)))
            .apply(ExtractMetadata.create()).output();

    PAssert.that(articles)
        .satisfies(
            all -> {
              Article article = only(all);
              assertEquals("2024-01-29", article.publishedDate);
              assertEquals("2024-01-29 " + "tag ".repeat(37) + "…", article.dateSource);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aTextTooShortToIdentifyHasNoLanguageAndIsStillAnArticle(TestPipeline pipeline) {
    PCollection<Article> articles =
        pipeline
            .apply(Create.of(new CleanedDocument("n.txt", "n.txt", "windows-1252", "Short note.", List.of())))
            .apply(ExtractMetadata.create()).output();

    PAssert.that(articles)
        .containsInAnyOrder(
            Article.builder()
                .id("n.txt")
                .source("n.txt")
                .charset("windows-1252")
                .language(null, 0.0)
                .text("Short note.")
                .wordCount(2)
                .sentenceCount(1)
                .readingTimeMinutes(1)
                .contentHash(ContentHash.of("Short note."))
                .build());
    pipeline.run().waitUntilFinish();
  }
}
