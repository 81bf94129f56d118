package guichet.models;

/** A catalogue file that cannot be read or breaks a rule; names the file and what is wrong. */
public final class InvalidCatalogueException extends ModelsException {

    private final String file;
    private final String problem;

    public InvalidCatalogueException(String file, String problem) {
        super("Catalogue file " + file + " is invalid: " + problem + ".");
        this.file = file;
        this.problem = problem;
    }

    /** The file, or a description of the built-in catalogue. */
    public String file() {
        return file;
    }

    /** What is wrong with it. */
    public String problem() {
        return problem;
    }
}
