package org.newsdedup.model;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
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
 * What the story tier knows of an article when it compares pairs: its id, content hash, the
 * facts that choose a group's canonical article, and its embedding (a unit vector). Texts are
 * never shuffled for grouping, only these; its coder writes the floats' exact bits, so the
 * encoding is deterministic and lossless.
 */
@DefaultCoder(StoryVector.StoryVectorCoder.class)
public final class StoryVector {
  public final String id;
  public final String contentHash;
  public final @Nullable String publishedDate;
  public final int wordCount;
  private final float[] embedding;

  public StoryVector(
      String id,
      String contentHash,
      @Nullable String publishedDate,
      int wordCount,
      float[] embedding) {
    this.id = Objects.requireNonNull(id);
    this.contentHash = Objects.requireNonNull(contentHash);
    this.publishedDate = publishedDate;
    this.wordCount = wordCount;
    this.embedding = embedding.clone();
  }

  /** The embedding (a copy). */
  public float[] embedding() {
    return embedding.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoryVector other
        && id.equals(other.id)
        && contentHash.equals(other.contentHash)
        && Objects.equals(publishedDate, other.publishedDate)
        && wordCount == other.wordCount
        && Arrays.equals(embedding, other.embedding);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, contentHash);
  }

  @Override
  public String toString() {
    return "StoryVector{" + id + ", " + embedding.length + " dimensions}";
  }

  /** Writes {@code float[]} as a length and the floats' IEEE 754 bits, big-endian. */
  static void encodeFloats(float[] values, OutputStream out) throws IOException {
    VarIntCoder.of().encode(values.length, out);
    DataOutputStream data = new DataOutputStream(out);
    for (float value : values) {
      data.writeInt(Float.floatToRawIntBits(value));
    }
    data.flush();
  }

  static float[] decodeFloats(InputStream in) throws IOException {
    float[] values = new float[VarIntCoder.of().decode(in)];
    DataInputStream data = new DataInputStream(in);
    for (int i = 0; i < values.length; i++) {
      values[i] = Float.intBitsToFloat(data.readInt());
    }
    return values;
  }

  /** A deterministic coder: fields in order, the embedding as exact float bits. */
  public static final class StoryVectorCoder extends CustomCoder<StoryVector> {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final NullableCoder<String> NULLABLE_STRING = NullableCoder.of(STRING);
    private static final VarIntCoder INT = VarIntCoder.of();

    public static StoryVectorCoder of() {
      return new StoryVectorCoder();
    }

    /** How {@link DefaultCoder} finds this coder for {@link StoryVector}. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(StoryVector.class), of());
    }

    @Override
    public void encode(StoryVector value, OutputStream out) throws IOException {
      STRING.encode(value.id, out);
      STRING.encode(value.contentHash, out);
      NULLABLE_STRING.encode(value.publishedDate, out);
      INT.encode(value.wordCount, out);
      encodeFloats(value.embedding, out);
    }

    @Override
    public StoryVector decode(InputStream in) throws IOException {
      String id = STRING.decode(in);
      String contentHash = STRING.decode(in);
      String publishedDate = NULLABLE_STRING.decode(in);
      int wordCount = INT.decode(in);
      return new StoryVector(id, contentHash, publishedDate, wordCount, decodeFloats(in));
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof StoryVectorCoder;
    }

    @Override
    public int hashCode() {
      return StoryVectorCoder.class.hashCode();
    }
  }
}
