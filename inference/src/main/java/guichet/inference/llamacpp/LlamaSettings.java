package guichet.inference.llamacpp;

import guichet.inference.InvalidSettingsException;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to load and serve a GGUF model in-process.
 *
 * @param modelPath the GGUF file
 * @param modelId catalogue id (shown in traces and labels)
 * @param sha256 catalogue checksum of the file, empty if unknown
 * @param threads CPU threads for generation and prompt evaluation
 * @param contextTokens context window of one request (prompt and answer); the engine allocates this
 *                      times {@code slots}
 * @param batchSize logical batch size for prompt evaluation
 * @param gpuLayers layers to offload to a GPU (0 on CPU; needs the binding's CUDA build)
 * @param slots requests generated at once (continuous batching)
 * @param queueCapacity requests that may wait for a slot; more are rejected at once
 * @param maxQueueWait longest a request may wait for a slot before it is rejected
 * @param generationTimeout longest one generation may run before it is stopped
 * @param mmap map the model file instead of reading it into memory
 * @param captureNativeLog route llama.cpp's console output into the application log
 */
public record LlamaSettings(Path modelPath, String modelId, String sha256, int threads, int contextTokens,
                            int batchSize, int gpuLayers, int slots, int queueCapacity, Duration maxQueueWait,
                            Duration generationTimeout, boolean mmap, boolean captureNativeLog) {

    public LlamaSettings {
        Objects.requireNonNull(modelPath, "modelPath");
        modelId = modelId == null || modelId.isBlank() ? modelPath.getFileName().toString() : modelId;
        sha256 = sha256 == null ? "" : sha256;
        InvalidSettingsException.requireAtLeast("threads", threads, 1);
        InvalidSettingsException.requireAtLeast("context size", contextTokens, 64);
        InvalidSettingsException.requireAtLeast("batch size", batchSize, 1);
        InvalidSettingsException.requireAtLeast("GPU layers", gpuLayers, 0);
        InvalidSettingsException.requireAtLeast("parallel slots", slots, 1);
        InvalidSettingsException.requireAtLeast("queue capacity", queueCapacity, 0);
        requirePositive("maximum queue wait", maxQueueWait);
        requirePositive("generation timeout", generationTimeout);
    }

    /** Defaults for a model file: all cores, 4096-token context, 4 slots, a queue of 16. */
    public static LlamaSettings defaults(Path modelPath) {
        return new LlamaSettings(modelPath, null, null, Runtime.getRuntime().availableProcessors(), 4096, 512, 0,
                4, 16, Duration.ofSeconds(60), Duration.ofMinutes(5), true, true);
    }

    public LlamaSettings withSlots(int value) {
        return new LlamaSettings(modelPath, modelId, sha256, threads, contextTokens, batchSize, gpuLayers, value,
                queueCapacity, maxQueueWait, generationTimeout, mmap, captureNativeLog);
    }

    public LlamaSettings withQueueCapacity(int value) {
        return new LlamaSettings(modelPath, modelId, sha256, threads, contextTokens, batchSize, gpuLayers, slots,
                value, maxQueueWait, generationTimeout, mmap, captureNativeLog);
    }

    public LlamaSettings withThreads(int value) {
        return new LlamaSettings(modelPath, modelId, sha256, value, contextTokens, batchSize, gpuLayers, slots,
                queueCapacity, maxQueueWait, generationTimeout, mmap, captureNativeLog);
    }

    public LlamaSettings withContextTokens(int value) {
        return new LlamaSettings(modelPath, modelId, sha256, threads, value, batchSize, gpuLayers, slots,
                queueCapacity, maxQueueWait, generationTimeout, mmap, captureNativeLog);
    }

    public LlamaSettings withIdentity(String id, String checksum) {
        return new LlamaSettings(modelPath, id, checksum, threads, contextTokens, batchSize, gpuLayers, slots,
                queueCapacity, maxQueueWait, generationTimeout, mmap, captureNativeLog);
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new InvalidSettingsException(name + " must be positive, was " + value);
        }
    }
}
