package guichet.app.knowledge.corpus;

/** Base of the failures a corpus pack reports; each subtype names one kind, with a message an operator can act on. */
public abstract class CorpusException extends RuntimeException {

    protected CorpusException(String message) {
        super(message);
    }

    protected CorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
