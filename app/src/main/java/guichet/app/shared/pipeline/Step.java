package guichet.app.shared.pipeline;

/** One named step of a flow (an answer, a case's analysis): reads and writes the flow's context. */
public interface Step<C> {

    void apply(C context);

    /** The name recorded in the flow's trace or timings. */
    default String name() {
        return getClass().getSimpleName();
    }
}
