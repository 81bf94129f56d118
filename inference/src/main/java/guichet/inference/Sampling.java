package guichet.inference;

/**
 * How the next token is picked. Temperature 0 is greedy decoding: the same prompt and seed give
 * the same text.
 *
 * @param temperature 0 (greedy) to 2
 * @param topP nucleus sampling mass, in (0, 1]
 * @param seed random seed; the same seed at temperature 0 gives the same text
 * @param maxTokens most tokens to generate, at least 1
 */
public record Sampling(double temperature, double topP, long seed, int maxTokens) {

    /** Greedy, reproducible decoding: what grounded answers and structured output use. */
    public static final Sampling GREEDY = new Sampling(0.0, 1.0, 42, 512);

    public Sampling {
        if (!(temperature >= 0.0 && temperature <= 2.0)) {
            throw new InvalidRequestException("temperature must be between 0 and 2, was " + temperature);
        }
        if (!(topP > 0.0 && topP <= 1.0)) {
            throw new InvalidRequestException("top-p must be in (0, 1], was " + topP);
        }
        if (seed < 0 || seed > 0xFFFF_FFFFL) {
            throw new InvalidRequestException("seed must be between 0 and 4294967295, was " + seed);
        }
        if (maxTokens < 1) {
            throw new InvalidRequestException("max tokens must be at least 1, was " + maxTokens);
        }
    }

    public Sampling withMaxTokens(int tokens) {
        return new Sampling(temperature, topP, seed, tokens);
    }

    public Sampling withTemperature(double value) {
        return new Sampling(value, topP, seed, maxTokens);
    }

    public Sampling withSeed(long value) {
        return new Sampling(temperature, topP, value, maxTokens);
    }
}
