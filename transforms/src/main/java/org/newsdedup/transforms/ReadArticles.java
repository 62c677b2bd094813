package org.newsdedup.transforms;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.RawDocument;
import org.newsdedup.text.DecodedText;
import org.newsdedup.text.TextDecoder;

/**
 * Reads matched files into {@link RawDocument}s. Compressed files ({@code .gz}, {@code .bz2}) are
 * opened by their extension through {@link FileIO.ReadableFile}; bytes are decoded by {@link
 * TextDecoder}. A file that cannot be read, is too large, empty, blank or binary becomes a dead
 * letter with its reason instead of a document, and so does one the decoder throws on ({@link
 * StepFailures}).
 */
public final class ReadArticles
    extends PTransform<
        PCollection<FileIO.ReadableFile>, WithFailures.Result<PCollection<RawDocument>, DeadLetter>> {
  static final String STEP = "ReadArticles";
  public static final String REASON_UNREADABLE = "unreadable";
  public static final String REASON_TOO_LARGE = "too-large";

  private static final TupleTag<RawDocument> DOCUMENTS = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  private final InputIds ids;
  private final long maxDocumentBytes;

  private ReadArticles(InputIds ids, long maxDocumentBytes) {
    this.ids = ids;
    this.maxDocumentBytes = maxDocumentBytes;
  }

  /** Reads files matched by {@code glob}, naming each by its path as the glob spells it. */
  public static ReadArticles matchedBy(String glob) {
    return new ReadArticles(InputIds.forGlob(glob), 5_000_000L);
  }

  /** Files larger than this (after decompression) are dead letters, not documents. */
  public ReadArticles withMaxDocumentBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive, got " + bytes);
    }
    return new ReadArticles(ids, bytes);
  }

  @Override
  public WithFailures.Result<PCollection<RawDocument>, DeadLetter> expand(
      PCollection<FileIO.ReadableFile> files) {
    PCollectionTuple decoded =
        files.apply(
            "DecodeFiles",
            ParDo.of(new DecodeFileFn(ids, maxDocumentBytes))
                .withOutputTags(DOCUMENTS, TupleTagList.of(FAILURES)));
    return WithFailures.Result.of(decoded.get(DOCUMENTS), decoded.get(FAILURES));
  }

  static final class DecodeFileFn extends DoFn<FileIO.ReadableFile, RawDocument> {
    /** The most bytes one Java array reliably holds. */
    private static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

    private final Counter busy = StageTime.of(StageTime.READ);
    private final InputIds ids;
    private final long maxDocumentBytes;

    DecodeFileFn(InputIds ids, long maxDocumentBytes) {
      this.ids = ids;
      this.maxDocumentBytes = maxDocumentBytes;
    }

    @ProcessElement
    public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
      String id = ids.idOf(file.getMetadata().resourceId().toString());
      // One byte past the limit tells a file over it from one at it. The limit is capped to what
      // one array can hold, so that maxDocumentBytes + 1 cannot overflow (Long.MAX_VALUE read
      // nothing at all) and a file too big for an array is too large, not silently cut.
      long limit = Math.min(maxDocumentBytes, MAX_ARRAY_BYTES - 1);
      long started = System.nanoTime();
      byte[] bytes;
      try {
        bytes = readAtMost(file, limit + 1);
      } catch (IOException e) {
        out.get(FAILURES)
            .output(DeadLetter.unreadable(id, STEP, REASON_UNREADABLE, describe(e)));
        return;
      }
      if (bytes.length > limit) {
        out.get(FAILURES)
            .output(
                DeadLetter.ofBytes(
                    id, STEP, REASON_TOO_LARGE,
                    "larger than maxDocumentBytes=" + maxDocumentBytes, bytes, true));
        return;
      }
      DecodedText decoded;
      try {
        decoded = TextDecoder.decode(bytes);
      } catch (RuntimeException bug) {
        out.get(FAILURES).output(StepFailures.ofBytes(id, STEP, bug, bytes));
        return;
      } finally {
        busy.inc(StageTime.since(started));
      }
      if (decoded.isRejected()) {
        out.get(FAILURES).output(rejection(id, decoded, bytes));
        return;
      }
      out.get(DOCUMENTS).output(new RawDocument(id, id, decoded.charset(), decoded.text()));
    }

    /** Binary input is kept as base64; empty and blank input is kept as the text it is. */
    private static DeadLetter rejection(String id, DecodedText decoded, byte[] bytes) {
      String reason = decoded.rejectReason();
      String detail = decoded.rejectDetail();
      return reason.equals(TextDecoder.REASON_BINARY)
          ? DeadLetter.ofBytes(id, STEP, reason, detail, bytes, false)
          : DeadLetter.ofText(id, STEP, reason, detail, new String(bytes, StandardCharsets.UTF_8));
    }

    private static byte[] readAtMost(FileIO.ReadableFile file, long limit) throws IOException {
      try (ReadableByteChannel channel = file.open();
          InputStream in = Channels.newInputStream(channel)) {
        return in.readNBytes((int) Math.min(limit, MAX_ARRAY_BYTES));
      }
    }

    private static String describe(IOException e) {
      return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
  }
}
