package guichet.models;

import java.io.IOException;
import java.nio.file.Path;

/** The models directory, or a file being imported, cannot be read or written (permissions, disk full). */
public final class ModelStorageException extends ModelsException {

    private final Path path;

    public ModelStorageException(Path path, IOException cause) {
        super("Cannot read or write " + path + ": " + describe(cause) + "; check the disk space and permissions.", cause);
        this.path = path;
    }

    /** The file or folder concerned. */
    public Path path() {
        return path;
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
    }
}
