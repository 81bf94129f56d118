package guichet.app.desk.analysis;

import guichet.app.shared.pipeline.Step;

/** One step of a message's analysis: reads and writes the shared context. */
public interface AnalysisStep extends Step<AnalysisContext> {
}
