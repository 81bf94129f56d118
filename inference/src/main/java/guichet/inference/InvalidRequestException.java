package guichet.inference;

/** A request the engine cannot run as given: bad sampling values, an invalid schema or grammar. */
public class InvalidRequestException extends InferenceException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
