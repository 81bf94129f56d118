package guichet.app.knowledge.corpus;

import guichet.app.system.cli.ExitCode;
import guichet.app.system.cli.CommandFailure;

/** Base of the failures a corpus pack reports; each subtype names one kind, with a message an operator can act on. */
public abstract class CorpusException extends RuntimeException implements CommandFailure {

    protected CorpusException(String message) {
        super(message);
    }

    protected CorpusException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public ExitCode exitCode() {
        return ExitCode.FAILURE;
    }
}
