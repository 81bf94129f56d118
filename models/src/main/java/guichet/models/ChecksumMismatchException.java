package guichet.models;

/** A file whose content is not what the catalogue pins; it was deleted or refused, never installed. */
public final class ChecksumMismatchException extends ModelsException {

    private final String file;
    private final String expected;
    private final String actual;

    /**
     * @param file the file, as the operator knows it (a name, or a path for imports)
     * @param expected the SHA-256 (or SHA-256s) it should have had
     * @param actual the SHA-256 it has
     */
    public ChecksumMismatchException(String file, String expected, String actual) {
        super(file + " has SHA-256 " + actual + " but " + expected
                + " was expected, so it was not installed; the source or the copy is corrupt or not the pinned file.");
        this.file = file;
        this.expected = expected;
        this.actual = actual;
    }

    /** The file. */
    public String file() {
        return file;
    }

    /** The SHA-256 it should have had. */
    public String expected() {
        return expected;
    }

    /** The SHA-256 it has. */
    public String actual() {
        return actual;
    }
}
