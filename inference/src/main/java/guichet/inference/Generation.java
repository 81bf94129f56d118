package guichet.inference;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A generation in progress: wait for its result or cancel it. */
public interface Generation {

    /** Stops generating as soon as possible and frees the slot; the result finishes as CANCELLED. */
    void cancel();

    /** The result, completed exceptionally with an {@link InferenceException} on failure. */
    CompletableFuture<ChatResult> result();

    /** Waits for the result; failures are rethrown as {@link InferenceException}. */
    default ChatResult await() {
        return Futures.join(result());
    }

    /** Waits at most {@code limit}; past it the generation is cancelled and its partial result returned. */
    default ChatResult await(Duration limit) {
        return Futures.joinOrCancel(this, limit);
    }
}
