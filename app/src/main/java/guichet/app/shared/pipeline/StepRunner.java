package guichet.app.shared.pipeline;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

/**
 * Runs a flow's steps in order over one context until one stops it, timing each: the one runner of
 * the answer pipeline and the desk's case analysis. What a flow records of each step (a trace entry,
 * a timing) and what it does when a step throws (stop with an error status, or let the caller retry)
 * is its {@link Listener}'s.
 *
 * @param <C> the flow's context
 */
public final class StepRunner<C> {

    private final List<? extends Step<C>> steps;
    private final Predicate<C> stopped;
    private final Clock clock;

    /** What a flow records of each step, and how it meets a failure. */
    public interface Listener<C> {

        /** Before a step runs (to note what the context holds so far). */
        default void starting(Step<C> step, C context) {
        }

        /** After a step ran or failed, with the time it took. */
        void finished(Step<C> step, C context, long millis);

        /**
         * A step threw: stop the context (the flow then ends with what the listener set) or rethrow
         * (the caller sees the failure). The default rethrows.
         */
        default void failed(Step<C> step, C context, RuntimeException error) {
            throw error;
        }
    }

    /**
     * @param steps the steps, in order
     * @param stopped whether a context is finished (a step stopped it)
     * @param clock the time source (tests control it)
     */
    public StepRunner(List<? extends Step<C>> steps, Predicate<C> stopped, Clock clock) {
        this.steps = List.copyOf(steps);
        this.stopped = stopped;
        this.clock = clock;
    }

    /** The steps' names, in order. */
    public List<String> stepNames() {
        return steps.stream().map(Step::name).toList();
    }

    /** Runs the steps until one stops the context; true when one did. */
    public boolean run(C context, Listener<C> listener) {
        for (Step<C> step : steps) {
            long start = clock.millis();
            listener.starting(step, context);
            try {
                step.apply(context);
            } catch (RuntimeException e) {
                try {
                    listener.failed(step, context, e);
                } finally {
                    listener.finished(step, context, clock.millis() - start);
                }
                if (stopped.test(context)) {
                    return true;
                }
                continue;
            }
            listener.finished(step, context, clock.millis() - start);
            if (stopped.test(context)) {
                return true;
            }
        }
        return false;
    }
}
