package org.newsdedup.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * The embeddings of an article's passages, in passage order: what the story tier needs to tell
 * a rewrite from another report when it describes a group. Kept apart from {@link StoryVector}
 * so that comparing candidate pairs never moves them.
 */
@DefaultCoder(PassageVectors.PassageVectorsCoder.class)
public final class PassageVectors {
  public final String id;
  private final List<float[]> passages;

  public PassageVectors(String id, List<float[]> passages) {
    this.id = Objects.requireNonNull(id);
    List<float[]> copies = new ArrayList<>(passages.size());
    for (float[] passage : passages) {
      copies.add(passage.clone());
    }
    this.passages = copies;
  }

  /** The passage embeddings (copies), in order. */
  public List<float[]> passages() {
    List<float[]> copies = new ArrayList<>(passages.size());
    for (float[] passage : passages) {
      copies.add(passage.clone());
    }
    return copies;
  }

  public int size() {
    return passages.size();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof PassageVectors other)
        || !id.equals(other.id)
        || passages.size() != other.passages.size()) {
      return false;
    }
    for (int i = 0; i < passages.size(); i++) {
      if (!Arrays.equals(passages.get(i), other.passages.get(i))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, passages.size());
  }

  @Override
  public String toString() {
    return "PassageVectors{" + id + ", " + passages.size() + " passages}";
  }

  /** A deterministic coder: the id, the passage count, then each passage's exact float bits. */
  public static final class PassageVectorsCoder extends CustomCoder<PassageVectors> {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();

    public static PassageVectorsCoder of() {
      return new PassageVectorsCoder();
    }

    /** How {@link DefaultCoder} finds this coder for {@link PassageVectors}. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(PassageVectors.class), of());
    }

    @Override
    public void encode(PassageVectors value, OutputStream out) throws IOException {
      STRING.encode(value.id, out);
      INT.encode(value.passages.size(), out);
      for (float[] passage : value.passages) {
        StoryVector.encodeFloats(passage, out);
      }
    }

    @Override
    public PassageVectors decode(InputStream in) throws IOException {
      String id = STRING.decode(in);
      int count = INT.decode(in);
      List<float[]> passages = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        passages.add(StoryVector.decodeFloats(in));
      }
      return new PassageVectors(id, passages);
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof PassageVectorsCoder;
    }

    @Override
    public int hashCode() {
      return PassageVectorsCoder.class.hashCode();
    }
  }
}
