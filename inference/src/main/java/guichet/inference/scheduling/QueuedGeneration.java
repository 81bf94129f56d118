package guichet.inference.scheduling;

import guichet.inference.ChatResult;
import guichet.inference.FinishReason;
import guichet.inference.Generation;
import guichet.inference.InferenceException;
import guichet.inference.TokenSink;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A generation that waits in a {@link SlotScheduler} queue and then runs on a slot thread. It owns
 * what every engine shares: the result future, the cancel flag, withdrawal from the queue, and
 * delivery to the sink (a sink that throws abandons the generation). Engines implement
 * {@link #generate(Duration)} and how to interrupt a running generation.
 */
public abstract class QueuedGeneration implements Generation, Runnable {

    private final CompletableFuture<ChatResult> result = new CompletableFuture<>();
    private final long submittedAt = System.nanoTime();
    private final TokenSink sink;
    private final String modelId;
    private final int promptTokens;
    private volatile boolean cancelled;
    private volatile SlotScheduler.Ticket ticket;

    protected QueuedGeneration(TokenSink sink, String modelId, int promptTokens) {
        this.sink = sink;
        this.modelId = modelId;
        this.promptTokens = promptTokens;
    }

    /** Called once the scheduler accepted the work. */
    public final void queued(SlotScheduler.Ticket value) {
        ticket = value;
    }

    @Override
    public final void cancel() {
        cancelled = true;
        SlotScheduler.Ticket current = ticket;
        if (current != null && current.withdraw()) {
            finish(empty(FinishReason.CANCELLED, elapsed()));
        } else {
            interruptRunning();
        }
    }

    @Override
    public final CompletableFuture<ChatResult> result() {
        return result;
    }

    @Override
    public final void run() {
        Duration queueTime = elapsed();
        if (cancelled) {
            finish(empty(FinishReason.CANCELLED, queueTime));
            return;
        }
        try {
            finish(generate(queueTime));
        } catch (InferenceException e) {
            fail(e);
        } catch (RuntimeException e) {
            fail(new InferenceException("generation failed: " + e, e));
        }
    }

    /** Generates on the slot thread; may throw {@link InferenceException}. */
    protected abstract ChatResult generate(Duration queueTime);

    /** Makes a running generation stop soon; the slot thread then returns a CANCELLED result. */
    protected void interruptRunning() {
    }

    protected final boolean isCancelled() {
        return cancelled;
    }

    protected final void markCancelled() {
        cancelled = true;
    }

    /** Hands a piece to the sink; false when the sink failed (the client went away). */
    protected final boolean deliver(String piece) {
        try {
            sink.accept(piece);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    protected final ChatResult empty(FinishReason reason, Duration queueTime) {
        return new ChatResult("", reason, promptTokens, 0, queueTime, Duration.ZERO, Duration.ZERO, modelId,
                Optional.empty());
    }

    protected final String modelId() {
        return modelId;
    }

    protected final int promptTokens() {
        return promptTokens;
    }

    /** Completes the result; subclasses release what they hold by overriding {@link #finished()}. */
    protected final void finish(ChatResult value) {
        finished();
        result.complete(value);
    }

    protected final void fail(InferenceException error) {
        finished();
        result.completeExceptionally(error);
    }

    /** Called once when the generation ends, however it ends. */
    protected void finished() {
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - submittedAt);
    }
}
