package guichet.inference;

import java.time.Duration;

/** Every slot is busy and the wait queue is full: try again after {@link #retryAfter()}. */
public class OverloadedException extends InferenceException {

    private final Duration retryAfter;

    public OverloadedException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    /** How long the caller should wait before trying again. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
