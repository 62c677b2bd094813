package org.newsdedup.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The baseline a Spark user would write: MLlib's {@code MinHashLSH} and its {@code
 * approxSimilarityJoin} of the articles with themselves, on the same shingle sets and threshold,
 * in {@code local[2]}. Each shingle hash is an index of a sparse binary vector ({@value #DIMENSION}
 * wide: the top 30 bits of the hash, which MLlib's hash prime can take). MLlib computes the true
 * Jaccard distance of each candidate pair and keeps those within the threshold, so its misses
 * come from the LSH tables. Prints the seconds from the data frame's creation to the collected
 * pairs.
 */
public final class MlLibJoin {
  static final int DIMENSION = 1 << 30;

  private MlLibJoin() {}

  /** {@code MlLibJoin SHINGLES THRESHOLD TABLES OUT}. */
  public static void main(String[] args) throws IOException {
    long[][] sets = ShingleSets.read(Path.of(args[0]));
    double threshold = Double.parseDouble(args[1]);
    int tables = Integer.parseInt(args[2]);
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("newsdedup-mllib-baseline")
            .config("spark.ui.enabled", "false")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    long started = System.nanoTime();
    StructType schema =
        new StructType().add("id", DataTypes.IntegerType).add("features", SQLDataTypes.VectorType());
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < sets.length; i++) {
      int[] indices = indices(sets[i]);
      if (indices.length > 0) {
        double[] ones = new double[indices.length];
        Arrays.fill(ones, 1.0);
        rows.add(RowFactory.create(i, Vectors.sparse(DIMENSION, indices, ones)));
      }
    }
    Dataset<Row> articles = spark.createDataFrame(rows, schema);
    MinHashLSHModel model =
        new MinHashLSH()
            .setNumHashTables(tables)
            .setInputCol("features")
            .setOutputCol("hashes")
            .setSeed(1)
            .fit(articles);
    // MLlib keeps pairs strictly below the distance threshold; the epsilon keeps those at it.
    List<Row> joined =
        model
            .approxSimilarityJoin(articles, articles, 1 - threshold + 1e-9, "distance")
            .filter(functions.col("datasetA.id").lt(functions.col("datasetB.id")))
            .select(functions.col("datasetA.id"), functions.col("datasetB.id"))
            .collectAsList();
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] pairs = new long[joined.size()];
    for (int i = 0; i < pairs.length; i++) {
      pairs[i] = PairFile.pair(joined.get(i).getInt(0), joined.get(i).getInt(1));
    }
    Arrays.sort(pairs);
    PairFile.write(pairs, Path.of(args[3]));
    spark.stop();
    System.out.printf("{\"seconds\": %.3f, \"pairs\": %d}%n", seconds, pairs.length);
  }

  /** The distinct vector indexes of a shingle set, sorted. */
  static int[] indices(long[] shingles) {
    int[] indices = new int[shingles.length];
    for (int i = 0; i < shingles.length; i++) {
      indices[i] = (int) (shingles[i] >>> 34);
    }
    Arrays.sort(indices);
    int n = 0;
    for (int i = 0; i < indices.length; i++) {
      if (n == 0 || indices[i] != indices[n - 1]) {
        indices[n++] = indices[i];
      }
    }
    return Arrays.copyOf(indices, n);
  }
}
