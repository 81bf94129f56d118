package guichet.models;

/** Base of every failure the models module reports; each subtype names one kind, with a message an operator can act on. */
public abstract class ModelsException extends RuntimeException {

    protected ModelsException(String message) {
        super(message);
    }

    protected ModelsException(String message, Throwable cause) {
        super(message, cause);
    }
}
