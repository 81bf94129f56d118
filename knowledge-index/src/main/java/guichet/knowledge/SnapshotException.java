package guichet.knowledge;

import java.nio.file.Path;

/** A snapshot cannot be written or restored. */
public final class SnapshotException extends KnowledgeException {

    public SnapshotException(Path path, String problem) {
        super("snapshot " + path + ": " + problem);
    }

    public SnapshotException(Path path, String problem, Throwable cause) {
        super("snapshot " + path + ": " + problem, cause);
    }
}
