package guichet.inference;

/**
 * Timings as the engine itself reports them (llama.cpp's own counters), kept beside the timings
 * observed in Java so the two can be compared.
 *
 * @param promptTokens prompt tokens actually evaluated (cached prefix tokens are not counted)
 * @param promptMillis time spent evaluating them
 * @param decodedTokens tokens generated
 * @param decodeMillis time spent generating them
 */
public record EngineTimings(int promptTokens, double promptMillis, int decodedTokens, double decodeMillis) {

    /** Prompt tokens per second, or 0 when nothing was evaluated. */
    public double promptTokensPerSecond() {
        return promptMillis <= 0 ? 0 : promptTokens * 1000.0 / promptMillis;
    }

    /** Generated tokens per second, or 0 when nothing was generated. */
    public double decodeTokensPerSecond() {
        return decodeMillis <= 0 ? 0 : decodedTokens * 1000.0 / decodeMillis;
    }
}
