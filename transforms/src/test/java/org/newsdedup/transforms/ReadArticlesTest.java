package org.newsdedup.transforms;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.testing.TestPipelineExtension;
import org.apache.beam.sdk.transforms.Count;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.RawDocument;

@ExtendWith(TestPipelineExtension.class)
class ReadArticlesTest {
  private static final String STEP = "ReadArticles";

  /** A valid 1×1 RGBA PNG: signature, IHDR, IDAT, IEND, every CRC correct (70 bytes). */
  private static final String PIXEL_PNG_BASE64 =
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

  /** The PNG signature is 89 50 4E 47 0D 0A 1A 0A; the IHDR length 00 00 00 0D follows it. */
  private static final String PNG_DETAIL = "the file is a PNG image";

  /** Base64 of 101 bytes of 'a': 33 groups "aaa" → "YWFh", then "aa" → "YWE=". */
  private static final String BASE64_OF_101_AS = "YWFh".repeat(33) + "YWE=";

  private static final String ENGLISH = "Harbour cranes return to work.\nThe strike ended on Friday.\n";

  @TempDir Path dir;

  private String glob() {
    return dir + "/*";
  }

  /** A file's id: its path as the glob (an absolute one here) spells it. */
  private String id(String name) {
    return dir + "/" + name;
  }

  private void write(String name, byte[] bytes) throws IOException {
    Files.write(dir.resolve(name), bytes);
  }

  private WithFailures.Result<PCollection<RawDocument>, DeadLetter> read(
      TestPipeline pipeline, ReadArticles transform) {
    return pipeline
        .apply(FileIO.match().filepattern(glob()))
        .apply(FileIO.readMatches())
        .apply(transform);
  }

  private WithFailures.Result<PCollection<RawDocument>, DeadLetter> read(TestPipeline pipeline) {
    return read(pipeline, ReadArticles.matchedBy(glob()));
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] joined = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, joined, first.length, second.length);
    return joined;
  }

  private static byte[] bom(int... marks) {
    byte[] bytes = new byte[marks.length];
    for (int i = 0; i < marks.length; i++) {
      bytes[i] = (byte) marks[i];
    }
    return bytes;
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private static byte[] bzip2(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (OutputStream bz = new BZip2CompressorOutputStream(out)) {
      bz.write(bytes);
    }
    return out.toByteArray();
  }

  /** Checks every field of the only dead letter except the detail, which quotes a library. */
  private static Void isTheOnlyUnreadableLetterFor(String source, Iterable<DeadLetter> letters) {
    Iterator<DeadLetter> it = letters.iterator();
    DeadLetter letter = it.next();
    assertFalse(it.hasNext(), "one dead letter expected");
    assertEquals(source, letter.source);
    assertEquals(STEP, letter.step);
    assertEquals("unreadable", letter.reason);
    assertFalse(letter.detail.isBlank(), "the detail names the read error");
    assertEquals("", letter.input);
    assertEquals("none", letter.inputEncoding);
    assertFalse(letter.inputTruncated);
    return null;
  }

  @Test
  void aUtf8FileIsADocumentNamedByItsPathAsTheGlobSpellsIt(TestPipeline pipeline)
      throws IOException {
    String text = "Zürich talks resume — “cautious optimism”.\nBoth sides met on Monday.\n";
    write("a.txt", text.getBytes(UTF_8));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output())
        .containsInAnyOrder(new RawDocument(id("a.txt"), id("a.txt"), "UTF-8", text));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aUtf8ByteOrderMarkIsStripped(TestPipeline pipeline) throws IOException {
    write("bom.txt", concat(bom(0xEF, 0xBB, 0xBF), "Café owners met.\n".getBytes(UTF_8)));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output())
        .containsInAnyOrder(
            new RawDocument(id("bom.txt"), id("bom.txt"), "UTF-8", "Café owners met.\n"));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void utf16LittleEndianWithAByteOrderMarkIsDecoded(TestPipeline pipeline) throws IOException {
    String text = "Αθήνα: Café reopens.\n";
    write("le.txt", concat(bom(0xFF, 0xFE), text.getBytes(UTF_16LE)));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output())
        .containsInAnyOrder(new RawDocument(id("le.txt"), id("le.txt"), "UTF-16LE", text));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void utf16BigEndianWithAByteOrderMarkIsDecoded(TestPipeline pipeline) throws IOException {
    String text = "Αθήνα: Café reopens.\n";
    write("be.txt", concat(bom(0xFE, 0xFF), text.getBytes(UTF_16BE)));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output())
        .containsInAnyOrder(new RawDocument(id("be.txt"), id("be.txt"), "UTF-16BE", text));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void latin1BytesAreReadAsWindows1252WithTheirAccentsIntact(TestPipeline pipeline)
      throws IOException {
    String text =
        "Hélène Bérénger a inauguré le marché de Noël.\n"
            + "Begoña Muñoz vend des churros; François Müller joue de l'accordéon.\n";
    write("latin1.txt", text.getBytes(ISO_8859_1));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output())
        .containsInAnyOrder(
            new RawDocument(id("latin1.txt"), id("latin1.txt"), "windows-1252", text));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aGzipFileIsDecompressedByItsExtension(TestPipeline pipeline) throws IOException {
    write("story.txt.gz", gzip(ENGLISH.getBytes(UTF_8)));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output())
        .containsInAnyOrder(
            new RawDocument(id("story.txt.gz"), id("story.txt.gz"), "UTF-8", ENGLISH));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aBzip2FileIsDecompressedByItsExtension(TestPipeline pipeline) throws IOException {
    write("story.txt.bz2", bzip2(ENGLISH.getBytes(UTF_8)));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output())
        .containsInAnyOrder(
            new RawDocument(id("story.txt.bz2"), id("story.txt.bz2"), "UTF-8", ENGLISH));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void anEmptyFileIsAnEmptyDeadLetter(TestPipeline pipeline) throws IOException {
    write("empty.txt", new byte[0]);

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output()).empty();
    PAssert.that(result.failures())
        .containsInAnyOrder(
            new DeadLetter(
                id("empty.txt"), STEP, "empty", "the file has no bytes", "", "text", false));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aWhitespaceOnlyFileIsABlankDeadLetterKeepingItsWhitespace(TestPipeline pipeline)
      throws IOException {
    write("blank.txt", " \n\t \r\n".getBytes(UTF_8));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output()).empty();
    PAssert.that(result.failures())
        .containsInAnyOrder(
            new DeadLetter(
                id("blank.txt"), STEP, "blank", "the file holds only whitespace", " \n\t \r\n",
                "text", false));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aPngIsABinaryDeadLetterKeepingItsExactBytesAsBase64(TestPipeline pipeline)
      throws IOException {
    write("pixel.png", Base64.getDecoder().decode(PIXEL_PNG_BASE64));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    PAssert.that(result.output()).empty();
    PAssert.that(result.failures())
        .containsInAnyOrder(
            new DeadLetter(
                id("pixel.png"), STEP, "binary", PNG_DETAIL, PIXEL_PNG_BASE64, "base64", false));
    pipeline.run().waitUntilFinish();
  }

  /**
   * Beam opens a {@code .gz} as gzip only when it starts with the gzip magic (1F 8B); other bytes
   * pass through as they are. So the corrupt file carries the magic, then bytes that are no gzip
   * header (no deflate method byte 08).
   */
  @Test
  void aCorruptGzipIsUnreadable(TestPipeline pipeline) throws IOException {
    write("x.gz", concat(bom(0x1F, 0x8B), "not really gzip at all".getBytes(UTF_8)));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    String source = id("x.gz");
    PAssert.that(result.output()).empty();
    PAssert.that(result.failures())
        .satisfies(letters -> isTheOnlyUnreadableLetterFor(source, letters));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aTruncatedGzipIsUnreadableNotAPartialDocument(TestPipeline pipeline) throws IOException {
    byte[] whole = gzip(ENGLISH.getBytes(UTF_8));
    write("cut.txt.gz", Arrays.copyOf(whole, whole.length / 2));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result = read(pipeline);

    String source = id("cut.txt.gz");
    PAssert.that(result.output()).empty();
    PAssert.that(result.failures())
        .satisfies(letters -> isTheOnlyUnreadableLetterFor(source, letters));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aFileOverTheLimitIsATooLargeDeadLetterKeepingItsFirstBytes(TestPipeline pipeline)
      throws IOException {
    write("big.txt", "a".repeat(150).getBytes(UTF_8));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result =
        read(pipeline, ReadArticles.matchedBy(glob()).withMaxDocumentBytes(100));

    PAssert.that(result.output()).empty();
    PAssert.that(result.failures())
        .containsInAnyOrder(
            new DeadLetter(
                id("big.txt"), STEP, "too-large", "larger than maxDocumentBytes=100",
                BASE64_OF_101_AS, "base64", true));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aFileOfExactlyTheLimitIsStillADocument(TestPipeline pipeline) throws IOException {
    write("fits.txt", "a".repeat(100).getBytes(UTF_8));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result =
        read(pipeline, ReadArticles.matchedBy(glob()).withMaxDocumentBytes(100));

    PAssert.that(result.output())
        .containsInAnyOrder(
            new RawDocument(id("fits.txt"), id("fits.txt"), "UTF-8", "a".repeat(100)));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theLimitAppliesToTheDecompressedSize(TestPipeline pipeline) throws IOException {
    // 150 identical bytes gzip to far fewer than 100; unpacked they are over the limit.
    write("big.txt.gz", gzip("a".repeat(150).getBytes(UTF_8)));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result =
        read(pipeline, ReadArticles.matchedBy(glob()).withMaxDocumentBytes(100));

    PAssert.that(result.output()).empty();
    PAssert.that(result.failures())
        .containsInAnyOrder(
            new DeadLetter(
                id("big.txt.gz"), STEP, "too-large", "larger than maxDocumentBytes=100",
                BASE64_OF_101_AS, "base64", true));
    pipeline.run().waitUntilFinish();
  }

  @Test
  void theLargestPossibleLimitStillReadsFiles(TestPipeline pipeline) throws IOException {
    write("a.txt", ENGLISH.getBytes(UTF_8));

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result =
        read(pipeline, ReadArticles.matchedBy(glob()).withMaxDocumentBytes(Long.MAX_VALUE));

    PAssert.that(result.output())
        .containsInAnyOrder(new RawDocument(id("a.txt"), id("a.txt"), "UTF-8", ENGLISH));
    PAssert.that(result.failures()).empty();
    pipeline.run().waitUntilFinish();
  }

  @Test
  void aLimitBelowOneByteIsRefused() {
    ReadArticles read = ReadArticles.matchedBy("*.txt");

    assertThrows(IllegalArgumentException.class, () -> read.withMaxDocumentBytes(0));
  }

  @Test
  void everyFileOfAMixedFolderIsEitherADocumentOrADeadLetter(TestPipeline pipeline)
      throws IOException {
    byte[] article = ENGLISH.getBytes(UTF_8); // 59 bytes; 120 as UTF-16 with its mark
    write("utf8.txt", article);
    write("bom.txt", concat(bom(0xEF, 0xBB, 0xBF), article));
    write("le.txt", concat(bom(0xFF, 0xFE), ENGLISH.getBytes(UTF_16LE)));
    write("be.txt", concat(bom(0xFE, 0xFF), ENGLISH.getBytes(UTF_16BE)));
    write("latin1.txt", "Hélène Bérénger, maire.\n".getBytes(ISO_8859_1));
    write("story.txt.gz", gzip(article));
    write("story.txt.bz2", bzip2(article));
    write("empty.txt", new byte[0]);
    write("blank.txt", " \n\t\n".getBytes(UTF_8));
    write("pixel.png", Base64.getDecoder().decode(PIXEL_PNG_BASE64));
    write("x.gz", concat(bom(0x1F, 0x8B), "not really gzip at all".getBytes(UTF_8)));
    byte[] whole = gzip(article);
    write("cut.txt.gz", Arrays.copyOf(whole, whole.length / 2));
    write("big.txt", "a".repeat(300).getBytes(UTF_8));
    long files;
    try (Stream<Path> listed = Files.list(dir)) {
      files = listed.count();
    }
    assertEquals(13, files);

    WithFailures.Result<PCollection<RawDocument>, DeadLetter> result =
        read(pipeline, ReadArticles.matchedBy(glob()).withMaxDocumentBytes(200));

    PCollection<String> documentIds =
        result.output()
            .apply("DocumentIds", MapElements.into(TypeDescriptors.strings()).via((RawDocument d) -> d.id));
    PCollection<String> deadLetterSources =
        result.failures()
            .apply(
                "DeadLetterSources",
                MapElements.into(TypeDescriptors.strings()).via((DeadLetter d) -> d.source));
    PAssert.that(documentIds)
        .containsInAnyOrder(
            id("utf8.txt"), id("bom.txt"), id("le.txt"), id("be.txt"), id("latin1.txt"),
            id("story.txt.gz"), id("story.txt.bz2"));
    PAssert.that(deadLetterSources)
        .containsInAnyOrder(
            id("empty.txt"), id("blank.txt"), id("pixel.png"), id("x.gz"), id("cut.txt.gz"),
            id("big.txt"));
    PCollection<String> accountedFor =
        PCollectionList.of(documentIds).and(deadLetterSources).apply(Flatten.pCollections());
    PAssert.thatSingleton(accountedFor.apply(Count.globally())).isEqualTo(files);
    pipeline.run().waitUntilFinish();
  }
}
