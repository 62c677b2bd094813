package org.newsdedup.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import org.apache.beam.sdk.coders.CoderProvider;
import org.apache.beam.sdk.coders.CoderProviders;
import org.apache.beam.sdk.coders.CustomCoder;
import org.apache.beam.sdk.coders.DefaultCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.values.TypeDescriptor;

/**
 * A batch of (bucket key, article id) entries: LSH band keys or anchor keys of the articles one
 * worker read, bound for one shard, so that a shuffle moves one record per batch rather than one
 * per key of every article.
 */
@DefaultCoder(BucketEntries.BucketEntriesCoder.class)
public final class BucketEntries {
  private final long[] keys;
  private final String[] ids;

  public BucketEntries(long[] keys, String[] ids) {
    if (keys.length != ids.length) {
      throw new IllegalArgumentException(keys.length + " keys but " + ids.length + " ids");
    }
    for (String id : ids) {
      Objects.requireNonNull(id, "ids");
    }
    this.keys = keys.clone();
    this.ids = ids.clone();
  }

  public int size() {
    return keys.length;
  }

  public long key(int i) {
    return keys[i];
  }

  public String id(int i) {
    return ids[i];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof BucketEntries other
        && Arrays.equals(keys, other.keys)
        && Arrays.equals(ids, other.ids);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(keys) + Arrays.hashCode(ids);
  }

  @Override
  public String toString() {
    return "BucketEntries{" + keys.length + " entries}";
  }

  /** Gathers entries in arrays that grow, without an object per entry. */
  public static final class Builder {
    private long[] keys = new long[16];
    private String[] ids = new String[16];
    private int size;

    public void add(long key, String id) {
      if (size == keys.length) {
        keys = Arrays.copyOf(keys, size * 2);
        ids = Arrays.copyOf(ids, size * 2);
      }
      keys[size] = key;
      ids[size] = Objects.requireNonNull(id);
      size++;
    }

    public int size() {
      return size;
    }

    public BucketEntries build() {
      return new BucketEntries(Arrays.copyOf(keys, size), Arrays.copyOf(ids, size));
    }
  }

  /**
   * The number of entries, the keys as one block of 8-byte little-endian values written in one
   * call, then the ids.
   */
  public static final class BucketEntriesCoder extends CustomCoder<BucketEntries> {
    private static final StringUtf8Coder STRING = StringUtf8Coder.of();
    private static final VarIntCoder INT = VarIntCoder.of();

    public static BucketEntriesCoder of() {
      return new BucketEntriesCoder();
    }

    /** How {@link DefaultCoder} finds this coder for {@link BucketEntries}. */
    public static CoderProvider getCoderProvider() {
      return CoderProviders.forCoder(TypeDescriptor.of(BucketEntries.class), of());
    }

    @Override
    public void encode(BucketEntries value, OutputStream out) throws IOException {
      INT.encode(value.keys.length, out);
      LongBlocks.write(value.keys, out);
      for (String id : value.ids) {
        STRING.encode(id, out);
      }
    }

    @Override
    public BucketEntries decode(InputStream in) throws IOException {
      long[] keys = LongBlocks.read(in, INT.decode(in), "bucket keys");
      String[] ids = new String[keys.length];
      for (int i = 0; i < keys.length; i++) {
        ids[i] = STRING.decode(in);
      }
      return new BucketEntries(keys, ids);
    }

    @Override
    public void verifyDeterministic() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof BucketEntriesCoder;
    }

    @Override
    public int hashCode() {
      return BucketEntriesCoder.class.hashCode();
    }
  }
}
