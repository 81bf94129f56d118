package guichet.inference.onnx;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import guichet.inference.EmbeddingModel;
import guichet.inference.EmbeddingModelInfo;
import guichet.inference.EngineUnavailableException;
import guichet.inference.InferenceException;
import guichet.inference.InvalidSettingsException;
import guichet.inference.ModelFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A sentence-embedding model run by ONNX Runtime with its own tokenizer.json. The session is
 * loaded once and shared by all threads (ONNX Runtime sessions are thread-safe).
 */
public final class OnnxEmbeddingModel implements EmbeddingModel {

    private static final Logger LOG = LoggerFactory.getLogger(OnnxEmbeddingModel.class);
    // ONNX Runtime frees its environment in a JVM shutdown hook that runs alongside every other hook;
    // a session still running then crashes the process. The process's own shutdown closes these first.
    private static final Set<OnnxEmbeddingModel> OPEN = ConcurrentHashMap.newKeySet();

    private final OnnxEmbeddingSettings settings;
    private final OrtEnvironment environment;
    private final OrtSession session;
    private final EmbeddingTokenizer tokenizer;
    private final boolean wantsTypeIds;
    private final EmbeddingModelInfo info;
    // Closing a session while another thread runs it crashes ONNX Runtime: runs share the read lock,
    // close takes the write lock and waits for them.
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private boolean closed;

    private OnnxEmbeddingModel(OnnxEmbeddingSettings settings, OrtEnvironment environment, OrtSession session,
                               EmbeddingTokenizer tokenizer) throws OrtException {
        this.settings = settings;
        this.environment = environment;
        this.session = session;
        this.tokenizer = tokenizer;
        this.wantsTypeIds = session.getInputNames().contains("token_type_ids");
        this.info = new EmbeddingModelInfo(settings.id(), settings.sha256(), settings.dimensions(), settings.maxTokens());
    }

    /**
     * Loads the model and checks that its output has the configured name and size.
     *
     * @throws ModelFileException when a file is missing or ONNX Runtime refuses it
     * @throws InvalidSettingsException when the output name or vector size do not match the model
     */
    public static OnnxEmbeddingModel load(OnnxEmbeddingSettings settings) {
        try {
            return LargeStack.call("embedding-model-load", () -> loadOnThisThread(settings));
        } catch (InferenceException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelFileException(settings.modelFile(), ModelFileException.Problem.UNREADABLE, "interrupted");
        } catch (Exception e) {
            throw new ModelFileException(settings.modelFile(), ModelFileException.Problem.REJECTED_BY_ENGINE,
                    e.getMessage());
        }
    }

    /** Loading initialises ONNX Runtime and parses big files in native code: only on a large stack. */
    private static OnnxEmbeddingModel loadOnThisThread(OnnxEmbeddingSettings settings) {
        if (!Files.isRegularFile(settings.modelFile())) {
            throw new ModelFileException(settings.modelFile(), ModelFileException.Problem.MISSING, null);
        }
        EmbeddingTokenizer tokenizer = EmbeddingTokenizer.load(settings.tokenizerFile(), settings.maxTokens());
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(settings.threads());
            options.setInterOpNumThreads(1);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            // Idle intra-op threads block instead of spinning: the embedder shares the cores with Lucene
            // (a hybrid search embeds its query while BM25 runs) and with other requests, and a spinning
            // thread descheduled in the middle of a parallel section stalls the whole run.
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            session = environment.createSession(settings.modelFile().toString(), options);
        } catch (OrtException e) {
            tokenizer.close();
            throw new ModelFileException(settings.modelFile(), ModelFileException.Problem.REJECTED_BY_ENGINE,
                    e.getMessage());
        }
        try {
            checkOutput(settings, session);
            OnnxEmbeddingModel model = new OnnxEmbeddingModel(settings, environment, session, tokenizer);
            OPEN.add(model);
            LOG.info("loaded embedding model {} ({} dimensions, {} pooling, {} threads)", settings.id(),
                    settings.dimensions(), settings.pooling(), settings.threads());
            return model;
        } catch (OrtException | RuntimeException e) {
            closeQuietly(session);
            tokenizer.close();
            throw e instanceof InferenceException inference ? inference
                    : new ModelFileException(settings.modelFile(), ModelFileException.Problem.REJECTED_BY_ENGINE,
                    e.getMessage());
        }
    }

    private static void checkOutput(OnnxEmbeddingSettings settings, OrtSession session) throws OrtException {
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        NodeInfo output = outputs.get(settings.outputName());
        if (output == null) {
            throw new InvalidSettingsException("the embedding model has no output named '" + settings.outputName()
                    + "'; it has " + outputs.keySet());
        }
        if (output.getInfo() instanceof TensorInfo tensor) {
            long[] shape = tensor.getShape();
            long width = shape[shape.length - 1];
            if (width > 0 && width != settings.dimensions()) {
                throw new InvalidSettingsException("the embedding model gives " + width + " dimensions, not "
                        + settings.dimensions());
            }
            boolean pooled = shape.length == 2;
            if (pooled != (settings.pooling() == Pooling.NONE)) {
                throw new InvalidSettingsException("output '" + settings.outputName() + "' has rank " + shape.length
                        + (pooled ? ": use pooling none" : ": it needs cls or mean pooling"));
            }
        }
    }

    @Override
    public EmbeddingModelInfo info() {
        return info;
    }

    @Override
    public float[] embedQuery(String query) {
        return run(List.of(settings.queryPrefix() + query.strip())).getFirst();
    }

    @Override
    public int countQueryTokens(String query) {
        return count(List.of(settings.queryPrefix() + query.strip()))[0];
    }

    /**
     * Embeds passages in batches of similar length: a batch is padded to its longest passage, and
     * passages taken in document order (long sections, short last chunks) padded real ingests to
     * about 1.6 times their tokens; sorted, to about 1.06. A batch holds at most
     * {@code batchSize} passages and {@code batchTokens} tokens with its padding, so short passages
     * share a run and long ones run alone.
     */
    @Override
    public List<float[]> embedPassages(List<String> passages) {
        List<String> texts = passages.stream().map(passage -> settings.passagePrefix() + passage.strip()).toList();
        int[] tokens = count(texts);
        Integer[] order = new Integer[passages.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> tokens[i]));
        float[][] vectors = new float[passages.size()][];
        int start = 0;
        while (start < order.length) {
            int end = start + 1;
            // sorted by length, so the passage added last sets the padded length of the whole batch
            while (end < order.length && end - start < settings.batchSize()
                    && (long) (end - start + 1) * tokens[order[end]] <= settings.batchTokens()) {
                end++;
            }
            List<String> batch = new ArrayList<>(end - start);
            for (int j = start; j < end; j++) {
                batch.add(texts.get(order[j]));
            }
            List<float[]> embedded = run(batch);
            for (int j = start; j < end; j++) {
                vectors[order[j]] = embedded.get(j - start);
            }
            start = end;
        }
        return Arrays.asList(vectors);
    }

    private List<float[]> run(List<String> texts) {
        return whileOpen(() -> runOpen(texts));
    }

    /** Tokens each text takes, special tokens included, after truncation to the model's limit. */
    private int[] count(List<String> texts) {
        return whileOpen(() -> texts.stream().mapToInt(tokenizer::count).toArray());
    }

    /** Runs work on the session or tokenizer, whose native memory {@link #close()} frees, only while open. */
    private <T> T whileOpen(Supplier<T> work) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new EngineUnavailableException("the embedding model " + info.id() + " is closed");
            }
            return work.get();
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    private List<float[]> runOpen(List<String> texts) {
        TokenBatch batch = tokenizer.encode(texts);
        Map<String, OnnxTensor> inputs = new HashMap<>();
        try {
            inputs.put("input_ids", OnnxTensor.createTensor(environment, batch.ids()));
            inputs.put("attention_mask", OnnxTensor.createTensor(environment, batch.attentionMask()));
            if (wantsTypeIds) {
                inputs.put("token_type_ids", OnnxTensor.createTensor(environment, batch.typeIds()));
            }
            try (OrtSession.Result result = session.run(inputs, Set.of(settings.outputName()))) {
                Object value = result.get(0).getValue();
                return Vectors.pool(value, batch, settings.pooling(), settings.normalize());
            }
        } catch (OrtException e) {
            throw new InferenceException("the embedding model failed: " + e.getMessage(), e);
        } finally {
            inputs.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            OPEN.remove(this);
            closeQuietly(session);
            tokenizer.close();
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    /**
     * Closes every embedding model still open, each after the runs in progress: call it before the JVM's
     * shutdown hooks start, as one of them frees ONNX Runtime's environment under running sessions.
     */
    public static void closeAll() {
        for (OnnxEmbeddingModel model : List.copyOf(OPEN)) {
            model.close();
        }
    }

    private static void closeQuietly(OrtSession session) {
        try {
            session.close();
        } catch (OrtException e) {
            LOG.debug("closing the ONNX session: {}", e.getMessage());
        }
    }
}
