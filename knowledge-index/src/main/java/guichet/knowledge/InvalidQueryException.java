package guichet.knowledge;

/** A search query that cannot be run as given (blank text, k out of range...). */
public final class InvalidQueryException extends KnowledgeException {

    public InvalidQueryException(String message) {
        super(message);
    }
}
