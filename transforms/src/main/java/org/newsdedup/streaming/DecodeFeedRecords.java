package org.newsdedup.streaming;

import java.nio.charset.StandardCharsets;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithFailures;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsdedup.model.DeadLetter;
import org.newsdedup.model.RawDocument;
import org.newsdedup.text.FeedRecords;
import org.newsdedup.text.TextDecoder;

/**
 * Turns feed records, each (where it came from, its bytes), into documents with {@link
 * FeedRecords}: raw text, or JSON with an id and a text. An empty, blank, binary, oversize or
 * malformed record becomes a dead letter with its bytes; the stream goes on.
 */
public final class DecodeFeedRecords
    extends PTransform<
        PCollection<KV<String, byte[]>>, WithFailures.Result<PCollection<RawDocument>, DeadLetter>> {
  public static final String STEP = "DecodeFeedRecords";

  private static final TupleTag<RawDocument> DOCUMENTS = new TupleTag<>() {};
  private static final TupleTag<DeadLetter> FAILURES = new TupleTag<>() {};

  private final long maxDocumentBytes;

  private DecodeFeedRecords(long maxDocumentBytes) {
    this.maxDocumentBytes = maxDocumentBytes;
  }

  public static DecodeFeedRecords withMaxDocumentBytes(long bytes) {
    Checks.positive("maxDocumentBytes", bytes);
    return new DecodeFeedRecords(bytes);
  }

  @Override
  public WithFailures.Result<PCollection<RawDocument>, DeadLetter> expand(
      PCollection<KV<String, byte[]>> records) {
    PCollectionTuple decoded =
        records.apply(
            "Decode",
            ParDo.of(new DecodeFn(maxDocumentBytes))
                .withOutputTags(DOCUMENTS, TupleTagList.of(FAILURES)));
    return WithFailures.Result.of(decoded.get(DOCUMENTS), decoded.get(FAILURES));
  }

  static final class DecodeFn extends DoFn<KV<String, byte[]>, RawDocument> {
    private final long maxDocumentBytes;

    DecodeFn(long maxDocumentBytes) {
      this.maxDocumentBytes = maxDocumentBytes;
    }

    @ProcessElement
    public void process(@Element KV<String, byte[]> record, MultiOutputReceiver out) {
      String origin = record.getKey();
      byte[] bytes = record.getValue() == null ? new byte[0] : record.getValue();
      FeedRecords.Decoded decoded = FeedRecords.decode(bytes, origin, maxDocumentBytes);
      if (decoded.isRejected()) {
        out.get(FAILURES).output(deadLetter(origin, decoded, bytes));
        return;
      }
      out.get(DOCUMENTS)
          .output(new RawDocument(decoded.id(), decoded.source(), decoded.charset(), decoded.text()));
    }

    private static DeadLetter deadLetter(String origin, FeedRecords.Decoded decoded, byte[] bytes) {
      String reason = decoded.rejectReason();
      boolean keepAsText =
          reason.equals(TextDecoder.REASON_EMPTY)
              || reason.equals(TextDecoder.REASON_BLANK)
              || reason.equals(FeedRecords.REASON_BAD_JSON);
      return keepAsText
          ? DeadLetter.ofText(
              origin, STEP, reason, decoded.rejectDetail(), new String(bytes, StandardCharsets.UTF_8))
          // The whole record is at hand, even when too large: it is marked cut only when the
          // dead letter cannot keep all of it.
          : DeadLetter.ofBytes(origin, STEP, reason, decoded.rejectDetail(), bytes, false);
    }
  }
}
