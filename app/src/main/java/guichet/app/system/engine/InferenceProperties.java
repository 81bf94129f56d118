package guichet.app.system.engine;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import guichet.inference.remote.StructuredOutputStyle;

import java.net.URI;
import java.time.Duration;

/**
 * How the chat and embedding models are run.
 *
 * @param backend {@code local} runs the model in-process; {@code remote} uses an OpenAI-compatible pool
 * @param threads CPU threads for the engines; 0 means all cores
 * @param contextTokens context window of one request (prompt and answer)
 * @param batchSize prompt evaluation batch size
 * @param gpuLayers layers offloaded to a GPU (needs the binding's CUDA build)
 * @param slots requests generated at once
 * @param queueCapacity requests that may wait for a slot; more get 429/503 with Retry-After
 * @param maxQueueWait longest wait for a slot
 * @param generationTimeout longest one generation may run
 * @param drainTimeout how long shutdown lets running generations finish
 * @param mmap map the model file instead of reading it into memory
 * @param captureNativeLog route llama.cpp's console output into the application log
 * @param embeddingBatchSize most passages per embedding run
 * @param embeddingBatchTokens most tokens per embedding run, padding included
 * @param remote the remote pool, used when backend is remote
 */
@Validated
@ConfigurationProperties("guichet.inference")
public record InferenceProperties(@DefaultValue("local") @NotNull Backend backend,
                                  @DefaultValue("0") @Min(0) int threads,
                                  @DefaultValue("4096") @Min(64) int contextTokens,
                                  @DefaultValue("512") @Min(1) int batchSize,
                                  @DefaultValue("0") @Min(0) int gpuLayers,
                                  @DefaultValue("4") @Min(1) int slots,
                                  @DefaultValue("16") @Min(0) int queueCapacity,
                                  @DefaultValue("60s") Duration maxQueueWait,
                                  @DefaultValue("5m") Duration generationTimeout,
                                  @DefaultValue("10s") Duration drainTimeout,
                                  @DefaultValue("true") boolean mmap,
                                  @DefaultValue("true") boolean captureNativeLog,
                                  @DefaultValue("32") @Min(1) int embeddingBatchSize,
                                  @DefaultValue("512") @Min(1) int embeddingBatchTokens,
                                  @Valid @DefaultValue Remote remote) {

    /** Where the chat model runs. */
    public enum Backend { LOCAL, REMOTE }

    /** Threads to use: the configured number, or all cores. */
    public int effectiveThreads() {
        return threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
    }

    /**
     * An operator's OpenAI-compatible pool.
     *
     * @param url API root, e.g. http://llm.internal:8000/v1
     * @param apiKey bearer token (from the environment, never committed)
     * @param model model name the pool serves
     * @param contextTokens the served model's context window
     * @param concurrency requests sent at once
     * @param structuredOutput how the pool takes a JSON schema
     */
    public record Remote(URI url, String apiKey, String model, @DefaultValue("8192") @Min(64) int contextTokens,
                         @DefaultValue("8") @Min(1) int concurrency,
                         @DefaultValue("json-schema") StructuredOutputStyle structuredOutput) {
    }
}
