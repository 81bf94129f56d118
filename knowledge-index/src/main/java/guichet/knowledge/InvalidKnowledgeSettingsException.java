package guichet.knowledge;

/** A knowledge setting is out of range. */
public final class InvalidKnowledgeSettingsException extends KnowledgeException {

    public InvalidKnowledgeSettingsException(String message) {
        super(message);
    }
}
