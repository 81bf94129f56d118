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
        this(file, "SHA-256", expected, actual);
    }

    /**
     * @param file the file, as the operator knows it
     * @param algorithm the digest compared ("SHA-256", "SHA-512")
     * @param expected the digest it should have had, as pinned
     * @param actual the digest it has, written as the pin is
     */
    public ChecksumMismatchException(String file, String algorithm, String expected, String actual) {
        super(file + " has " + algorithm + " " + actual + " but " + expected
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
