package guichet.inference;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of a chat completion.
 *
 * @param text the generated text
 * @param finishReason why generation ended
 * @param promptTokens tokens in the prompt after the chat template
 * @param completionTokens tokens generated
 * @param queueTime time spent waiting for a free slot
 * @param timeToFirstToken from the start of processing (after the queue) to the first token
 * @param decodeTime from the first to the last token
 * @param modelId the model that produced it
 * @param engineTimings the engine's own timings, when it reports them
 */
public record ChatResult(String text, FinishReason finishReason, int promptTokens, int completionTokens,
                         Duration queueTime, Duration timeToFirstToken, Duration decodeTime, String modelId,
                         Optional<EngineTimings> engineTimings) {

    /** Generated tokens per second as observed by the caller (first token excluded, as llama.cpp does). */
    public double observedDecodeTokensPerSecond() {
        long nanos = decodeTime.toNanos();
        return completionTokens <= 1 || nanos <= 0 ? 0 : (completionTokens - 1) * 1e9 / nanos;
    }
}
