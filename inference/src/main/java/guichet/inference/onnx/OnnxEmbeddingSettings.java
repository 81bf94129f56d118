package guichet.inference.onnx;

import guichet.inference.InvalidSettingsException;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run an ONNX sentence-embedding model.
 *
 * @param modelFile the .onnx file
 * @param tokenizerFile the model's HuggingFace tokenizer.json
 * @param id catalogue id
 * @param sha256 checksum of the .onnx file
 * @param outputName the output to read ("last_hidden_state", "sentence_embedding", ...)
 * @param pooling how token vectors become one vector
 * @param normalize scale vectors to unit length (cosine = dot product)
 * @param queryPrefix text put before a query ("query: " for E5)
 * @param passagePrefix text put before a passage ("passage: " for E5)
 * @param maxTokens longer inputs are truncated to this many tokens
 * @param dimensions expected vector size (checked at load)
 * @param batchSize most passages per model run
 * @param batchTokens most tokens per model run, padding included: one long passage runs alone
 * @param threads intra-op threads for ONNX Runtime
 */
public record OnnxEmbeddingSettings(Path modelFile, Path tokenizerFile, String id, String sha256, String outputName,
                                    Pooling pooling, boolean normalize, String queryPrefix, String passagePrefix,
                                    int maxTokens, int dimensions, int batchSize, int batchTokens, int threads) {

    /** Most passages per run, unless a site sets otherwise. */
    public static final int DEFAULT_BATCH_SIZE = 32;

    /**
     * On CPU a run of a few hundred tokens is fastest per passage: bigger runs outgrow the caches
     * (e5-small on 2 cores: 32 passages of ~120 tokens embed at 19/s, 4 at 32/s; see ADR 27).
     */
    public static final int DEFAULT_BATCH_TOKENS = 512;

    public OnnxEmbeddingSettings {
        Objects.requireNonNull(modelFile, "modelFile");
        Objects.requireNonNull(tokenizerFile, "tokenizerFile");
        Objects.requireNonNull(pooling, "pooling");
        id = id == null || id.isBlank() ? modelFile.getFileName().toString() : id;
        sha256 = sha256 == null ? "" : sha256;
        if (outputName == null || outputName.isBlank()) {
            throw new InvalidSettingsException("the embedding model's output name must be set");
        }
        queryPrefix = queryPrefix == null ? "" : queryPrefix;
        passagePrefix = passagePrefix == null ? "" : passagePrefix;
        InvalidSettingsException.requireAtLeast("embedding max tokens", maxTokens, 8);
        InvalidSettingsException.requireAtLeast("embedding dimensions", dimensions, 1);
        InvalidSettingsException.requireAtLeast("embedding batch size", batchSize, 1);
        InvalidSettingsException.requireAtLeast("embedding batch tokens", batchTokens, 1);
        InvalidSettingsException.requireAtLeast("embedding threads", threads, 1);
    }

    /** multilingual-e5-small as converted for Guichet: pooled, normalised output, E5 prefixes. */
    public static OnnxEmbeddingSettings multilingualE5(Path folder, String sha256) {
        return new OnnxEmbeddingSettings(folder.resolve("model.onnx"), folder.resolve("tokenizer.json"),
                "multilingual-e5-small-q4", sha256, "sentence_embedding", Pooling.NONE, true, "query: ", "passage: ",
                512, 384, DEFAULT_BATCH_SIZE, DEFAULT_BATCH_TOKENS, Runtime.getRuntime().availableProcessors());
    }

    /** BGE-small-en v1.5: CLS pooling, query instruction, no passage prefix. */
    public static OnnxEmbeddingSettings bgeSmallEn(Path folder, String sha256) {
        return new OnnxEmbeddingSettings(folder.resolve("model.onnx"), folder.resolve("tokenizer.json"),
                "bge-small-en-v1.5-q", sha256, "last_hidden_state", Pooling.CLS, true,
                "Represent this sentence for searching relevant passages: ", "", 512, 384,
                DEFAULT_BATCH_SIZE, DEFAULT_BATCH_TOKENS, Runtime.getRuntime().availableProcessors());
    }

    public OnnxEmbeddingSettings withThreads(int value) {
        return new OnnxEmbeddingSettings(modelFile, tokenizerFile, id, sha256, outputName, pooling, normalize,
                queryPrefix, passagePrefix, maxTokens, dimensions, batchSize, batchTokens, value);
    }

    public OnnxEmbeddingSettings withBatchSize(int value) {
        return new OnnxEmbeddingSettings(modelFile, tokenizerFile, id, sha256, outputName, pooling, normalize,
                queryPrefix, passagePrefix, maxTokens, dimensions, value, batchTokens, threads);
    }

    public OnnxEmbeddingSettings withBatchTokens(int value) {
        return new OnnxEmbeddingSettings(modelFile, tokenizerFile, id, sha256, outputName, pooling, normalize,
                queryPrefix, passagePrefix, maxTokens, dimensions, batchSize, value, threads);
    }
}
