package org.newsdedup.streaming;

import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.TupleTag;
import org.joda.time.Instant;
import org.newsdedup.model.Article;
import org.newsdedup.model.Fingerprint;
import org.newsdedup.model.Sighting;
import org.newsdedup.text.MinHash;
import org.newsdedup.text.Shingles;
import org.newsdedup.text.StoryWindow;

/**
 * Fingerprints an arriving article as the batch duplicate tier does (word shingles, MinHash
 * bands) and sends it to its own key ({@link #OWN}) and to each of its buckets ({@link
 * #BUCKETS}): one per MinHash band, and one for its content hash, so that exact copies meet even
 * when they are too short to have a shingle.
 */
final class CopyBucketsFn extends DoFn<Article, KV<String, KV<Sighting, Fingerprint>>> {
  static final TupleTag<KV<String, KV<Sighting, Fingerprint>>> BUCKETS = new TupleTag<>() {};
  static final TupleTag<KV<String, Fingerprint>> OWN = new TupleTag<>() {};

  private final int shingleSize;
  private final int bands;
  private final int rows;
  private transient MinHash minHash;

  CopyBucketsFn(int shingleSize, int bands, int rows) {
    this.shingleSize = shingleSize;
    this.bands = bands;
    this.rows = rows;
  }

  @Setup
  public void setUp() {
    minHash = new MinHash(bands, rows);
  }

  @ProcessElement
  public void process(
      @Element Article article, @Timestamp Instant timestamp, MultiOutputReceiver out) {
    long[] shingles = Shingles.of(article.text, shingleSize);
    Fingerprint fingerprint =
        new Fingerprint(
            article.id, article.contentHash, article.publishedDate, article.wordCount, shingles);
    out.get(OWN).output(KV.of(article.id, fingerprint));
    KV<Sighting, Fingerprint> arrival =
        KV.of(
            new Sighting(
                article.id, timestamp.getMillis(), StoryWindow.epochDay(article.publishedDate)),
            fingerprint);
    out.get(BUCKETS).output(KV.of("hash:" + article.contentHash, arrival));
    if (shingles.length == 0) {
      return;
    }
    for (long key : minHash.bandKeys(minHash.signature(shingles))) {
      out.get(BUCKETS).output(KV.of("band:" + Long.toHexString(key), arrival));
    }
  }
}
