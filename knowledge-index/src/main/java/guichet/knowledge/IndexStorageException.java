package guichet.knowledge;

import java.nio.file.Path;

/** The index folder cannot be opened, read or written (disk, permissions, corruption). */
public final class IndexStorageException extends KnowledgeException {

    private final Path directory;

    public IndexStorageException(Path directory, String action, Throwable cause) {
        super("could not " + action + " the index at " + directory + ": " + cause.getMessage()
                + " (check the disk and the folder's permissions)", cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
