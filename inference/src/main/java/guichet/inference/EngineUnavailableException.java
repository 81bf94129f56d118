package guichet.inference;

/** The engine cannot take work: it is shutting down, not loaded, or a remote pool is unreachable. */
public class EngineUnavailableException extends InferenceException {

    public EngineUnavailableException(String message) {
        super(message);
    }

    public EngineUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
