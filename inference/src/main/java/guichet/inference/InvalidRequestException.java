package guichet.inference;

/** A request the engine cannot run as given: bad sampling values, an invalid schema or grammar. */
public class InvalidRequestException extends InferenceException {

    private final String param;

    public InvalidRequestException(String message) {
        this(message, null);
    }

    /** @param param the request parameter at fault, as the client named it (e.g. {@code response_format}) */
    public InvalidRequestException(String message, String param) {
        super(message);
        this.param = param;
    }

    /** The request parameter at fault, or null when it is not one parameter. */
    public String param() {
        return param;
    }
}
