package org.newsdedup.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A member of a group that came from an earlier night's run (read from the index): its article
 * id and the run date it was published under. Its text and metadata are in that night's output.
 * Its schema writes it inside a group; its coder carries it alone through a join.
 */
@DefaultSchema(JavaFieldSchema.class)
@DefaultCoder(EarlierMember.EarlierMemberCoder.class)
public final class EarlierMember {
  public final String id;
  public final String runDate;

  @SchemaCreate
  public EarlierMember(String id, String runDate) {
    this.id = Objects.requireNonNull(id);
    this.runDate = Objects.requireNonNull(runDate);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EarlierMember other && id.equals(other.id) && runDate.equals(other.runDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, runDate);
  }

  @Override
  public String toString() {
    return runDate + "/" + id;
  }

  /** A deterministic coder: the id, then the run date. */
  public static final class EarlierMemberCoder extends CustomCoder<EarlierMember> {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();

    public static EarlierMemberCoder of() {
      return new EarlierMemberCoder();
    }

    /** How {@link DefaultCoder} finds this coder for {@link EarlierMember}. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(EarlierMember.class), of());
    }

    @Override
    public void encode(EarlierMember value, OutputStream out) throws IOException {
      STRING.encode(value.id, out);
      STRING.encode(value.runDate, out);
    }

    @Override
    public EarlierMember decode(InputStream in) throws IOException {
      return new EarlierMember(STRING.decode(in), STRING.decode(in));
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof EarlierMemberCoder;
    }

    @Override
    public int hashCode() {
      return EarlierMemberCoder.class.hashCode();
    }
  }
}
