package guichet.inference;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Unwraps future failures into the typed exceptions callers expect. */
final class Futures {

    private Futures() {
    }

    static ChatResult join(java.util.concurrent.CompletableFuture<ChatResult> future) {
        try {
            return future.join();
        } catch (CompletionException | CancellationException e) {
            throw unwrap(e);
        }
    }

    static ChatResult joinOrCancel(Generation generation, Duration limit) {
        try {
            return generation.result().get(limit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            generation.cancel();
            return join(generation.result());
        } catch (InterruptedException e) {
            generation.cancel();
            Thread.currentThread().interrupt();
            throw new InferenceException("interrupted while waiting for the model", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }

    static InferenceException unwrap(Throwable e) {
        Throwable cause = e;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof InferenceException inference) {
            return inference;
        }
        return new InferenceException("the model failed: " + cause.getMessage(), cause);
    }
}
