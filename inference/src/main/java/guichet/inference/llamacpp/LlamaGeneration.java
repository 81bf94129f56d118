package guichet.inference.llamacpp;

import de.kherud.llama.GuichetLlamaAccess;
import de.kherud.llama.GuichetLlamaAccess.EngineError;
import de.kherud.llama.GuichetLlamaAccess.Piece;
import de.kherud.llama.LlamaModel;
import guichet.inference.ChatResult;
import guichet.inference.EngineTimings;
import guichet.inference.FinishReason;
import guichet.inference.OverloadedException;
import guichet.inference.TokenSink;
import guichet.inference.scheduling.QueuedGeneration;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One completion on the in-process engine. It runs on a slot thread of the scheduler, which is the
 * only thread that ever blocks on the native result queue for its task; cancelling just raises a
 * flag the slot thread acts on after the next token, so no thread is left waiting for a result
 * that will never come.
 */
final class LlamaGeneration extends QueuedGeneration {

    // llama.cpp prints a task's timings just before its last piece; the log thread needs a moment.
    private static final Duration TIMINGS_WAIT = Duration.ofMillis(100);

    private final LlamaModel model;
    private final NativeLog nativeLog;
    private final boolean engineTimingsAvailable;
    private final String requestJson;
    private final int maxTokens;
    private final Duration maxQueueWait;
    private final Duration timeout;
    private final Runnable onFinish;

    LlamaGeneration(LlamaModel model, NativeLog nativeLog, boolean engineTimingsAvailable, String requestJson,
                    int promptTokens, int maxTokens, String modelId, Duration maxQueueWait, Duration timeout,
                    TokenSink sink, Runnable onFinish) {
        super(sink, modelId, promptTokens);
        this.model = model;
        this.nativeLog = nativeLog;
        this.engineTimingsAvailable = engineTimingsAvailable;
        this.requestJson = requestJson;
        this.maxTokens = maxTokens;
        this.maxQueueWait = maxQueueWait;
        this.timeout = timeout;
        this.onFinish = onFinish;
    }

    @Override
    protected ChatResult generate(Duration queueTime) {
        if (queueTime.compareTo(maxQueueWait) > 0) {
            throw new OverloadedException("waited " + queueTime.toMillis() + " ms for a free slot", Duration.ofSeconds(1));
        }
        try {
            return stream(queueTime);
        } catch (EngineError e) {
            throw LlamaErrors.toException(e);
        }
    }

    private ChatResult stream(Duration queueTime) {
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
            firstToken = firstToken == 0 ? now : firstToken;
            lastToken = now;
            text.append(piece.text());
            if (!piece.text().isEmpty() && !deliver(piece.text())) {
                markCancelled();
            }
            if (isCancelled() || now > deadline) {
                GuichetLlamaAccess.cancel(model, taskId);
                reason = isCancelled() ? FinishReason.CANCELLED : FinishReason.TIMEOUT;
            }
        }
        Optional<EngineTimings> engine = reason == FinishReason.STOP || reason == FinishReason.LENGTH
                ? awaitTimings(timings) : Optional.empty();
        if (timings != null && engine.isEmpty()) {
            nativeLog.forget(taskId);
        }
        int completionTokens = engine.map(EngineTimings::decodedTokens).orElse(tokens);
        return new ChatResult(text.toString(), reason, promptTokens(), completionTokens, queueTime,
                Duration.ofNanos(firstToken == 0 ? 0 : firstToken - start),
                Duration.ofNanos(firstToken == 0 ? 0 : lastToken - firstToken), modelId(), engine);
    }

    private static Optional<EngineTimings> awaitTimings(CompletableFuture<EngineTimings> timings) {
        if (timings == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(timings.get(TIMINGS_WAIT.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    @Override
    protected void finished() {
        onFinish.run();
    }
}
