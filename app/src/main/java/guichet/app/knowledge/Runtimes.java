package guichet.app.knowledge;

import guichet.app.system.cli.ConsoleProgress;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.app.system.engine.InferenceRuntime;
import guichet.models.ProgressListener;
import org.springframework.stereotype.Component;

/** Starts the engines and the knowledge index for a command, in the foreground. */
@Component
public class Runtimes {

    private final InferenceRuntime inference;
    private final KnowledgeRuntime knowledge;

    Runtimes(InferenceRuntime inference, KnowledgeRuntime knowledge) {
        this.inference = inference;
        this.knowledge = knowledge;
    }

    /** The models, then the index (ingesting the sample guidance if it is empty and allowed). */
    public KnowledgeRuntime knowledge() {
        inference.start(new ConsoleProgress(System.err));
        knowledge.start();
        return knowledge;
    }

    public InferenceRuntime inference() {
        return inference;
    }

    public ProgressListener progress() {
        return new ConsoleProgress(System.err);
    }
}
