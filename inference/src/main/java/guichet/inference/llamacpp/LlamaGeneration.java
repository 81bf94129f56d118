package guichet.inference.llamacpp;

import de.kherud.llama.GuichetLlamaAccess;
import de.kherud.llama.GuichetLlamaAccess.Piece;
import de.kherud.llama.GuichetLlamaAccess.EngineError;
import de.kherud.llama.LlamaModel;
import guichet.inference.ChatResult;
import guichet.inference.EngineTimings;
import guichet.inference.FinishReason;
import guichet.inference.Generation;
import guichet.inference.InferenceException;
import guichet.inference.OverloadedException;
import guichet.inference.TokenSink;
import guichet.inference.scheduling.SlotScheduler;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One completion on the in-process engine. It runs on a slot thread of the scheduler, which is the
 * only thread that ever blocks on the native result queue for its task; cancelling just raises a
 * flag the slot thread acts on after the next token, so no thread is left waiting for a result
 * that will never come.
 */
final class LlamaGeneration implements Generation, Runnable {

    // llama.cpp prints a task's timings just before its last piece; the log thread needs a moment.
    private static final Duration TIMINGS_WAIT = Duration.ofMillis(100);

    private final LlamaModel model;
    private final NativeLog nativeLog;
    private final boolean engineTimingsAvailable;
    private final String requestJson;
    private final int promptTokens;
    private final int maxTokens;
    private final String modelId;
    private final Duration maxQueueWait;
    private final Duration timeout;
    private final TokenSink sink;
    private final Runnable onFinish;
    private final CompletableFuture<ChatResult> result = new CompletableFuture<>();
    private final long submittedAt = System.nanoTime();
    private volatile boolean cancelled;
    private volatile SlotScheduler.Ticket ticket;

    LlamaGeneration(LlamaModel model, NativeLog nativeLog, boolean engineTimingsAvailable, String requestJson,
                    int promptTokens, int maxTokens, String modelId, Duration maxQueueWait, Duration timeout,
                    TokenSink sink, Runnable onFinish) {
        this.model = model;
        this.nativeLog = nativeLog;
        this.engineTimingsAvailable = engineTimingsAvailable;
        this.requestJson = requestJson;
        this.promptTokens = promptTokens;
        this.maxTokens = maxTokens;
        this.modelId = modelId;
        this.maxQueueWait = maxQueueWait;
        this.timeout = timeout;
        this.sink = sink;
        this.onFinish = onFinish;
    }

    void queued(SlotScheduler.Ticket value) {
        this.ticket = value;
    }

    @Override
    public void cancel() {
        cancelled = true;
        SlotScheduler.Ticket current = ticket;
        if (current != null && current.withdraw()) {
            finish(emptyResult(FinishReason.CANCELLED, elapsedSince(submittedAt)));
        }
    }

    @Override
    public CompletableFuture<ChatResult> result() {
        return result;
    }

    @Override
    public void run() {
        Duration queueTime = elapsedSince(submittedAt);
        if (cancelled) {
            finish(emptyResult(FinishReason.CANCELLED, queueTime));
            return;
        }
        if (queueTime.compareTo(maxQueueWait) > 0) {
            fail(new OverloadedException("waited " + queueTime.toMillis() + " ms for a free slot", Duration.ofSeconds(1)));
            return;
        }
        try {
            finish(generate(queueTime));
        } catch (EngineError e) {
            fail(LlamaErrors.toException(e));
        } catch (RuntimeException e) {
            fail(e instanceof InferenceException inference ? inference
                    : new InferenceException("generation failed: " + e, e));
        }
    }

    private ChatResult generate(Duration queueTime) {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        int taskId = GuichetLlamaAccess.request(model, requestJson);
        CompletableFuture<EngineTimings> timings = engineTimingsAvailable ? nativeLog.timingsOf(taskId) : null;
        StringBuilder text = new StringBuilder();
        int tokens = 0;
        long firstToken = 0;
        long lastToken = 0;
        FinishReason reason = null;
        while (reason == null) {
            Piece piece = GuichetLlamaAccess.receive(model, taskId);
            long now = System.nanoTime();
            if (piece.last()) {
                reason = tokens >= maxTokens ? FinishReason.LENGTH : FinishReason.STOP;
                break;
            }
            tokens++;
            if (firstToken == 0) {
                firstToken = now;
            }
            lastToken = now;
            text.append(piece.text());
            if (!piece.text().isEmpty() && !deliver(piece.text())) {
                cancelled = true;
            }
            if (cancelled || now > deadline) {
                GuichetLlamaAccess.cancel(model, taskId);
                reason = cancelled ? FinishReason.CANCELLED : FinishReason.TIMEOUT;
            }
        }
        Optional<EngineTimings> engine = reason == FinishReason.STOP || reason == FinishReason.LENGTH
                ? awaitTimings(timings) : Optional.empty();
        if (timings != null && engine.isEmpty()) {
            nativeLog.forget(taskId);
        }
        int completionTokens = engine.map(EngineTimings::decodedTokens).orElse(tokens);
        return new ChatResult(text.toString(), reason, promptTokens, completionTokens, queueTime,
                Duration.ofNanos(firstToken == 0 ? 0 : firstToken - start),
                Duration.ofNanos(firstToken == 0 ? 0 : lastToken - firstToken), modelId, engine);
    }

    private boolean deliver(String piece) {
        try {
            sink.accept(piece);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private static Optional<EngineTimings> awaitTimings(CompletableFuture<EngineTimings> timings) {
        if (timings == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(timings.get(TIMINGS_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            return Optional.empty();
        }
    }

    private ChatResult emptyResult(FinishReason reason, Duration queueTime) {
        return new ChatResult("", reason, promptTokens, 0, queueTime, Duration.ZERO, Duration.ZERO, modelId,
                Optional.empty());
    }

    private void finish(ChatResult value) {
        onFinish.run();
        result.complete(value);
    }

    private void fail(InferenceException error) {
        onFinish.run();
        result.completeExceptionally(error);
    }

    private static Duration elapsedSince(long nanos) {
        return Duration.ofNanos(System.nanoTime() - nanos);
    }
}
