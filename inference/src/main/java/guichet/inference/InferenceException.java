package guichet.inference;

/** Base of every failure the inference module reports; each subtype names one kind of failure. */
public class InferenceException extends RuntimeException {

    public InferenceException(String message) {
        super(message);
    }

    public InferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
