package guichet.app.ask.pipeline;

import guichet.app.shared.pipeline.Step;

/**
 * One step of the answer pipeline. A stage reads and writes the shared context; it ends the
 * pipeline by calling {@link AnswerContext#stop}, never by throwing.
 */
public interface Stage extends Step<AnswerContext> {
}
