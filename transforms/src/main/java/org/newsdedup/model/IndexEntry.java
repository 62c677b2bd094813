package org.newsdedup.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import org.apache.beam.sdk.coders.ByteArrayCoder;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.NullableCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * What later nights need of one article, once its text is gone: its id and run date, the facts
 * that pick a canonical article, its content hash, a compact MinHash signature and the size of
 * its shingle set (see {@link org.newsdedup.text.MinHashEstimates}), its story embedding in one
 * byte per dimension (see {@link org.newsdedup.text.QuantizedVectors}; empty when the story tier
 * did not run) and the ids of its duplicate and story groups (null when it stood alone).
 */
@DefaultCoder(IndexEntry.IndexEntryCoder.class)
public final class IndexEntry {
  public final String articleId;
  public final String runDate;
  public final @Nullable String publishedDate;
  public final String contentHash;
  public final int wordCount;
  public final int shingleCount;
  private final int[] signature;
  private final byte[] storyVector;
  public final @Nullable String duplicateGroup;
  public final @Nullable String storyGroup;

  public IndexEntry(
      String articleId,
      String runDate,
      @Nullable String publishedDate,
      String contentHash,
      int wordCount,
      int shingleCount,
      int[] signature,
      byte[] storyVector,
      @Nullable String duplicateGroup,
      @Nullable String storyGroup) {
    this.articleId = Objects.requireNonNull(articleId);
    this.runDate = Objects.requireNonNull(runDate);
    this.publishedDate = publishedDate;
    this.contentHash = Objects.requireNonNull(contentHash);
    this.wordCount = wordCount;
    this.shingleCount = shingleCount;
    this.signature = signature.clone();
    this.storyVector = storyVector.clone();
    this.duplicateGroup = duplicateGroup;
    this.storyGroup = storyGroup;
  }

  /** Unique across nights: the same input path may be read again on another night. */
  public String key() {
    return runDate + "/" + articleId;
  }

  /** The compact MinHash signature (a copy). */
  public int[] signature() {
    return signature.clone();
  }

  /** The quantized story embedding (a copy), empty when the story tier did not run. */
  public byte[] storyVector() {
    return storyVector.clone();
  }

  public boolean hasStoryVector() {
    return storyVector.length > 0;
  }

  /** The entry's group of this tier, or null when it stood alone. */
  public @Nullable String group(String tier) {
    return DocumentGroup.TIER_STORY.equals(tier) ? storyGroup : duplicateGroup;
  }

  /**
   * The group a later article joins when it matches this entry: the entry's own group, or, when
   * it stood alone, the group it founds, named after its content hash as groups are.
   */
  public String groupToJoin(String tier) {
    String group = group(tier);
    return group != null ? group : DocumentGroup.idFor(tier, contentHash);
  }

  public IndexEntry withStoryVector(byte[] vector) {
    return new IndexEntry(
        articleId, runDate, publishedDate, contentHash, wordCount, shingleCount, signature,
        vector, duplicateGroup, storyGroup);
  }

  public IndexEntry withGroups(@Nullable String duplicate, @Nullable String story) {
    return new IndexEntry(
        articleId, runDate, publishedDate, contentHash, wordCount, shingleCount, signature,
        storyVector, duplicate, story);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndexEntry other
        && articleId.equals(other.articleId)
        && runDate.equals(other.runDate)
        && Objects.equals(publishedDate, other.publishedDate)
        && contentHash.equals(other.contentHash)
        && wordCount == other.wordCount
        && shingleCount == other.shingleCount
        && Arrays.equals(signature, other.signature)
        && Arrays.equals(storyVector, other.storyVector)
        && Objects.equals(duplicateGroup, other.duplicateGroup)
        && Objects.equals(storyGroup, other.storyGroup);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, runDate, contentHash);
  }

  @Override
  public String toString() {
    return "IndexEntry{" + key() + ", " + duplicateGroup + ", " + storyGroup + "}";
  }

  /** A deterministic coder: fields in order, the signature as fixed 32-bit values. */
  public static final class IndexEntryCoder extends CustomCoder<IndexEntry> {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final NullableCoder<String> NULLABLE_STRING = NullableCoder.of(STRING);
    private static final VarIntCoder INT = VarIntCoder.of();
    private static final ByteArrayCoder BYTES = ByteArrayCoder.of();

    public static IndexEntryCoder of() {
      return new IndexEntryCoder();
    }

    /** How {@link DefaultCoder} finds this coder for {@link IndexEntry}. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(IndexEntry.class), of());
    }

    @Override
    public void encode(IndexEntry value, OutputStream out) throws IOException {
      STRING.encode(value.articleId, out);
      STRING.encode(value.runDate, out);
      NULLABLE_STRING.encode(value.publishedDate, out);
      STRING.encode(value.contentHash, out);
      INT.encode(value.wordCount, out);
      INT.encode(value.shingleCount, out);
      BYTES.encode(IndexEntries.signatureBytes(value.signature), out);
      BYTES.encode(value.storyVector, out);
      NULLABLE_STRING.encode(value.duplicateGroup, out);
      NULLABLE_STRING.encode(value.storyGroup, out);
    }

    @Override
    public IndexEntry decode(InputStream in) throws IOException {
      return new IndexEntry(
          STRING.decode(in),
          STRING.decode(in),
          NULLABLE_STRING.decode(in),
          STRING.decode(in),
          INT.decode(in),
          INT.decode(in),
          IndexEntries.signature(BYTES.decode(in)),
          BYTES.decode(in),
          NULLABLE_STRING.decode(in),
          NULLABLE_STRING.decode(in));
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof IndexEntryCoder;
    }

    @Override
    public int hashCode() {
      return IndexEntryCoder.class.hashCode();
    }
  }
}
