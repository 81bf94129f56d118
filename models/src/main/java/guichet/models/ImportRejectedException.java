package guichet.models;

import java.nio.file.Path;

/** A file or folder that cannot be imported, with the reason. */
public final class ImportRejectedException extends ModelsException {

    private final Path path;
    private final String reason;

    public ImportRejectedException(Path path, String reason) {
        this(path, reason, null);
    }

    public ImportRejectedException(Path path, String reason, Throwable cause) {
        super("Cannot import " + path + ": " + reason + ".", cause);
        this.path = path;
        this.reason = reason;
    }

    /** The file or folder refused. */
    public Path path() {
        return path;
    }

    /** Why. */
    public String reason() {
        return reason;
    }
}
