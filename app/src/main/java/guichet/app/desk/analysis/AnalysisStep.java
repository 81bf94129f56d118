package guichet.app.desk.analysis;

/** One step of a message's analysis: reads and writes the shared context. */
public interface AnalysisStep {

    void apply(AnalysisContext context);

    default String name() {
        return getClass().getSimpleName();
    }
}
