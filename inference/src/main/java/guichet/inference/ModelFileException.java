package guichet.inference;

import java.nio.file.Path;

/** A model file that cannot be loaded, with what is wrong with it. */
public class ModelFileException extends InferenceException {

    /** What is wrong with a model file. */
    public enum Problem {
        MISSING("does not exist"),
        UNREADABLE("cannot be read"),
        WRONG_FORMAT("is not in the expected format"),
        TRUNCATED("is truncated"),
        CORRUPT("is corrupt"),
        REJECTED_BY_ENGINE("was rejected by the engine");

        private final String phrase;

        Problem(String phrase) {
            this.phrase = phrase;
        }
    }

    private final Path path;
    private final Problem problem;

    public ModelFileException(Path path, Problem problem, String detail) {
        super("model file " + path + " " + problem.phrase + (detail == null || detail.isBlank() ? "" : ": " + detail));
        this.path = path;
        this.problem = problem;
    }

    public Path path() {
        return path;
    }

    public Problem problem() {
        return problem;
    }
}
