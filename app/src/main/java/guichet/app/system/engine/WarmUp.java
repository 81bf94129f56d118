package guichet.app.system.engine;

import java.util.function.BooleanSupplier;

/**
 * Work a feature does once the models are loaded, so that the first request does not wait for it
 * (embedding examples, training a classifier). Features register theirs as beans; in {@code serve}
 * {@link WarmUpRunner} runs them in their {@code @Order}, one after the other, off the request threads.
 */
public interface WarmUp {

    /** What is warmed, for the log. */
    String name();

    /**
     * Does the work, checking {@code stop} between two steps and throwing
     * {@link java.util.concurrent.CancellationException} once it says so (the models are closing).
     */
    void warmUp(BooleanSupplier stop);
}
