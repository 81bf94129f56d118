package guichet.models;

import java.util.List;

/** A model id, or a task, that the catalogue has no entry for. */
public final class UnknownModelException extends ModelsException {

    private final List<String> knownIds;

    private UnknownModelException(String message, List<String> knownIds) {
        super(message);
        this.knownIds = List.copyOf(knownIds);
    }

    /** No entry has the id {@code id}. */
    public static UnknownModelException forId(String id, List<String> knownIds) {
        return new UnknownModelException("No model '" + id + "' in the catalogue; known models: "
                + String.join(", ", knownIds) + ".", knownIds);
    }

    /** No entry serves {@code task}. */
    public static UnknownModelException forTask(ModelTask task, List<String> knownIds) {
        return new UnknownModelException("The catalogue has no " + task.jsonName()
                + " model; add one in the operator's catalogue file or import one.", knownIds);
    }

    /** The ids the catalogue does know. */
    public List<String> knownIds() {
        return knownIds;
    }
}
