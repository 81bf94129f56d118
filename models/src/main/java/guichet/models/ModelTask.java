package guichet.models;

import java.util.Locale;
import java.util.Optional;

/** What a catalogued model is for. */
public enum ModelTask {
    CHAT,
    EMBEDDING;

    /** The name used in catalogue files, e.g. {@code "chat"}. */
    public String jsonName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The task named {@code name} in a catalogue file, if there is one. */
    public static Optional<ModelTask> fromJsonName(String name) {
        for (ModelTask task : values()) {
            if (task.jsonName().equals(name)) {
                return Optional.of(task);
            }
        }
        return Optional.empty();
    }
}
