package guichet.app.ask.api;

import guichet.app.system.settings.ApiProperties;
import guichet.app.ask.Assistant;
import guichet.inference.OverloadedException;
import guichet.inference.TokenSink;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission in front of the Assistant for every API: at most {@code guichet.api.max-concurrent-answers}
 * questions are answered at once; one more gets an {@link OverloadedException} (429 with
 * Retry-After) at once instead of waiting. Streamed answers run on a pool of that size, so a slow
 * reader never holds a server thread, and a reader that goes away makes the sink throw, which stops
 * the generation and frees its slot.
 */
@Component
public class AnswerRunner implements DisposableBean {

    private final Assistant assistant;
    private final ApiProperties properties;
    private final Semaphore permits;
    private final ExecutorService pool;

    AnswerRunner(Assistant assistant, ApiProperties properties) {
        this.assistant = assistant;
        this.properties = properties;
        this.permits = new Semaphore(properties.maxConcurrentAnswers());
        AtomicInteger number = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(properties.maxConcurrentAnswers(), runnable -> {
            Thread thread = new Thread(runnable, "guichet-answer-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Answers on the calling thread. */
    public Assistant.AnswerRecorded answer(String conversationId, String message, String language) {
        admit();
        try {
            return assistant.ask(conversationId, message, language, TokenSink.NONE);
        } finally {
            permits.release();
        }
    }

    /**
     * Answers on the answer pool, pieces going to {@code sink} as they are written.
     *
     * @throws OverloadedException at once when as many answers as allowed are running
     */
    public CompletableFuture<Assistant.AnswerRecorded> stream(String conversationId, String message, String language,
                                                             TokenSink sink) {
        admit();
        try {
            return CompletableFuture.supplyAsync(() -> {
                try {
                    return assistant.ask(conversationId, message, language, sink);
                } finally {
                    permits.release();
                }
            }, pool);
        } catch (RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    /** Answers running now. */
    public int running() {
        return properties.maxConcurrentAnswers() - permits.availablePermits();
    }

    private void admit() {
        if (!permits.tryAcquire()) {
            throw new OverloadedException("all " + properties.maxConcurrentAnswers() + " answer places are taken",
                    properties.busyRetryAfter());
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
