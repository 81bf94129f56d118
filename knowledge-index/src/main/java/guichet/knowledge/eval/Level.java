package guichet.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a ranking lists: passages, as a passage search gives them, or documents, one result each. */
public enum Level {
    /** The documents of the first passages, a page once per passage of it. */
    PASSAGES("passages"),
    /** Documents ranked from their best passages, each once. */
    DOCUMENTS("documents");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The name in reports. */
    @JsonValue
    public String label() {
        return label;
    }
}
