package org.newsdedup.streaming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.RawDocument;

/** Feed records, raw or JSON, into documents; every unusable record into a dead letter. */
@ExtendWith(TestPipelineExtension.class)
class DecodeFeedRecordsTest {
  private static final String STEP = DecodeFeedRecords.STEP;

  private static KV<String, byte[]> record(String origin, byte[] value) {
    return KV.of(origin, value);
  }

  private static KV<String, byte[]> record(String origin, String value) {
    return KV.of(origin, value.getBytes(StandardCharsets.UTF_8));
  }

  @SafeVarargs
  private static WithFailures.Result<PCollection<RawDocument>, DeadLetter> decode(
      TestPipeline pipeline, long maxBytes, KV<String, byte[]>... records) {
    return pipeline
        .apply(
            Create.of(Arrays.asList(records))
                .withCoder(KvCoder.of(StringUtf8Coder.of(), ByteArrayCoder.of())))
        .apply(DecodeFeedRecords.withMaxDocumentBytes(maxBytes));
  }

  @Test
  void rawTextIsNamedByItsOriginAndJsonByItsId(TestPipeline pipeline) {
    byte[] latin1 = {'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'p', 'e', 'n', 's'};
    WithFailures.Result<PCollection<RawDocument>, DeadLetter> decoded =
        decode(
            pipeline, 1000,
            record("articles/0/0", "Markets rose on Monday.\n"),
            record("articles/0/1", latin1),
            record(
                "articles/1/0",
                "{\"id\": \"reuters-1\", \"text\": \"Shares fell.\", \"url\": \"https://example.org/a\"}"),
            record("articles/1/1", "  {\"text\": \"Rain later.\", \"id\": \"weather-2\"}"));

    PAssert.that(decoded.output())
        .containsInAnyOrder(
            new RawDocument("articles/0/0", "articles/0/0", "UTF-8", "Markets rose on Monday.\n"),
            // Not UTF-8: the byte 0xE9 alone is é in windows-1252, as a file would be read.
            new RawDocument("articles/0/1", "articles/0/1", "windows-1252", "Café opens"),
            // The url, when given, is the article's source; otherwise where it was read.
            new RawDocument("reuters-1", "https://example.org/a", "UTF-8", "Shares fell."),
            new RawDocument("weather-2", "articles/1/1", "UTF-8", "Rain later."));
    PAssert.that(decoded.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void unusableRecordsAreDeadLettersWithTheirReasonAndBytes(TestPipeline pipeline) {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    String noText = "{\"id\": \"x-1\", \"url\": \"https://example.org/x\"}";
    String blankText = "{\"id\": \"x-2\", \"text\": \"  \\n \"}";
    WithFailures.Result<PCollection<RawDocument>, DeadLetter> decoded =
        decode(
            pipeline, 1000,
            record("articles/0/0", new byte[0]),
            record("articles/0/1", " \n\t "),
            record("articles/0/2", png),
            record("articles/0/3", noText),
            record("articles/0/4", blankText));

    PAssert.that(decoded.output()).empty();
    PAssert.that(decoded.failures())
        .containsInAnyOrder(
            DeadLetter.ofText("articles/0/0", STEP, "empty", "the file has no bytes", ""),
            DeadLetter.ofText(
                "articles/0/1", STEP, "blank", "the file holds only whitespace", " \n\t "),
            // Binary input is kept as base64, whole: nothing was cut.
            new DeadLetter(
                "articles/0/2", STEP, "binary",
                "NUL byte at offset 4 and no UTF-16 byte-order mark",
                Base64.getEncoder().encodeToString(png), DeadLetter.ENCODING_BASE64, false),
            DeadLetter.ofText(
                "articles/0/3", STEP, "bad-json", "the JSON record has no \"text\" string", noText),
            DeadLetter.ofText(
                "articles/0/4", STEP, "blank", "the record's text is empty or blank", blankText));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void malformedJsonIsADeadLetterThatKeepsTheRecordAsText(TestPipeline pipeline) {
    String broken = "{\"id\": \"broken\", \"text\": ";
    WithFailures.Result<PCollection<RawDocument>, DeadLetter> decoded =
        decode(pipeline, 1000, record("articles/2/7", broken));

    PAssert.that(decoded.output()).empty();
    PAssert.thatSingleton(decoded.failures())
        .satisfies(
            letter -> {
              assertEquals("articles/2/7", letter.source);
              assertEquals(STEP, letter.step);
              assertEquals("bad-json", letter.reason);
              // The rest of the detail is the JSON parser's own message.
              assertTrue(letter.detail.startsWith("not valid JSON: "), letter.detail);
              assertEquals(broken, letter.input);
              assertEquals(DeadLetter.ENCODING_TEXT, letter.inputEncoding);
              assertEquals(false, letter.inputTruncated);
              return null;
            });
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anOversizeRecordKeepsItsBytesAndIsMarkedCutOnlyWhenTheyDoNotFit(TestPipeline pipeline) {
    byte[] hundred = "word ".repeat(20).getBytes(StandardCharsets.UTF_8);
    byte[] huge = "word ".repeat(14_000).getBytes(StandardCharsets.UTF_8);
    WithFailures.Result<PCollection<RawDocument>, DeadLetter> decoded =
        decode(
            pipeline, 99,
            record("articles/0/0", hundred),
            record("articles/0/1", huge),
            record("articles/0/2", "word ".repeat(19) + "word"));

    // 99 bytes is the limit itself: the last record is a document.
    PAssert.that(decoded.output())
        .containsInAnyOrder(
            new RawDocument("articles/0/2", "articles/0/2", "UTF-8", "word ".repeat(19) + "word"));
    PAssert.that(decoded.failures())
        .containsInAnyOrder(
            new DeadLetter(
                "articles/0/0", STEP, "too-large", "larger than maxDocumentBytes=99",
                Base64.getEncoder().encodeToString(hundred), DeadLetter.ENCODING_BASE64, false),
            // 70,000 bytes: the dead letter keeps the first 65,536.
            new DeadLetter(
                "articles/0/1", STEP, "too-large", "larger than maxDocumentBytes=99",
                Base64.getEncoder().encodeToString(Arrays.copyOf(huge, 65_536)),
                DeadLetter.ENCODING_BASE64, true));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theLimitMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> DecodeFeedRecords.withMaxDocumentBytes(0));
  }
}
