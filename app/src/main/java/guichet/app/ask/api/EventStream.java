package guichet.app.ask.api;

import guichet.app.system.errors.FailureProblems;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A server-sent event stream fed from an answer being written on another thread.
 *
 * <p>The HTTP response is committed only when the first event is ready (or after
 * {@code guichet.api.stream-start-wait}): a failure before that, such as the engine being full, is
 * still an ordinary HTTP error (429 with Retry-After...), and only a failure after it becomes the
 * stream's last event. Once the client has gone, {@link #send} throws, so that a token sink calling
 * it makes the engine stop generating and free its slot.
 */
public final class EventStream {

    private final SseEmitter emitter;
    private final CompletableFuture<Void> firstEvent = new CompletableFuture<>();
    private volatile boolean gone;
    private boolean handedOver;
    private boolean sent;
    private boolean finished;
    private Throwable failedBeforeStart;

    public EventStream(Duration timeout) {
        this.emitter = new SseEmitter(timeout.toMillis());
        emitter.onTimeout(() -> {
            gone = true;
            emitter.complete();
        });
        emitter.onError(error -> gone = true);
        emitter.onCompletion(() -> gone = true);
    }

    /** The client went away (or the stream timed out): the sink must stop. */
    public static final class ClientGoneException extends IOException {
        ClientGoneException() {
            super("the client is no longer reading the stream");
        }
    }

    /** Sends one event; throws once the client is gone. */
    public synchronized void send(SseEmitter.SseEventBuilder event) throws IOException {
        if (gone || finished) {
            throw new ClientGoneException();
        }
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            gone = true;
            throw e instanceof IOException io ? io : new ClientGoneException();
        }
        sent = true;
        firstEvent.complete(null);
    }

    /** Sends a comment line (keeps the connection alive, and tells whether the client is still there). */
    public void ping() throws IOException {
        send(SseEmitter.event().comment(""));
    }

    /**
     * Ends the stream when {@code work} is done: with {@code last} on success, with {@code failed}'s
     * event on a failure after the stream started. A failure before it is kept for {@link #handOver}.
     */
    public <T> void finishWhen(CompletableFuture<T> work, Function<T, SseEmitter.SseEventBuilder[]> last,
                               Function<Throwable, SseEmitter.SseEventBuilder[]> failed) {
        work.whenComplete((result, error) -> finish(error == null ? () -> last.apply(result) : () -> failed.apply(error),
                error));
    }

    private synchronized void finish(Supplier<SseEmitter.SseEventBuilder[]> events, Throwable error) {
        if (error != null && !sent && !handedOver) {
            failedBeforeStart = FailureProblems.unwrap(error);
            firstEvent.complete(null);
            return;
        }
        try {
            for (SseEmitter.SseEventBuilder event : events.get()) {
                send(event);
            }
            finished = true;
            emitter.complete();
        } catch (IOException | RuntimeException e) {
            // The client has gone: nobody is left to tell.
            finished = true;
            emitter.complete();
        }
        firstEvent.complete(null);
    }

    /**
     * Waits for the first event (at most {@code wait}), then gives the emitter to Spring MVC.
     *
     * @throws RuntimeException the answer's failure, when it failed before anything was sent
     */
    public SseEmitter handOver(Duration wait) {
        try {
            firstEvent.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // commit now: what follows is streamed
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (failedBeforeStart != null) {
                gone = true;
                if (failedBeforeStart instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(failedBeforeStart);
            }
            handedOver = true;
            return emitter;
        }
    }
}
