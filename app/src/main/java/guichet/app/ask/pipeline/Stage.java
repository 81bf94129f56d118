package guichet.app.ask.pipeline;

/**
 * One step of the answer pipeline. A stage reads and writes the shared context; it ends the
 * pipeline by calling {@link AnswerContext#stop}, never by throwing.
 */
public interface Stage {

    void apply(AnswerContext context);

    /** The name recorded in the trace. */
    default String name() {
        return getClass().getSimpleName();
    }
}
