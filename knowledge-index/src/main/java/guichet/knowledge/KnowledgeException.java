package guichet.knowledge;

/** Base of every failure the knowledge index reports; each subtype names one kind of failure. */
public class KnowledgeException extends RuntimeException {

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
