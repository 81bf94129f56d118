package guichet.models;

import java.util.List;

/** No source could provide a model; lists why each one failed and what the operator can do instead. */
public final class SourceUnavailableException extends ModelsException {

    /** What an operator can always do when no source works. */
    public static final String IMPORT_HINT =
            "bring the files in by hand and run `guichet models import <dir>`";

    private final List<String> reasons;

    /** Every source of {@code modelId} failed, for the given reasons (one per source, in order). */
    public SourceUnavailableException(String modelId, List<String> reasons) {
        super("No source could provide model " + modelId + ": " + numbered(reasons) + ". Alternatively, "
                + IMPORT_HINT + ".");
        this.reasons = List.copyOf(reasons);
    }

    /** One source failed for {@code reason}, a sentence fragment without a final full stop. */
    public SourceUnavailableException(String reason) {
        super(reason);
        this.reasons = List.of(reason);
    }

    /** Why each source failed, in the order they were tried. */
    public List<String> reasons() {
        return reasons;
    }

    private static String numbered(List<String> reasons) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < reasons.size(); i++) {
            text.append(i == 0 ? "" : "; ").append('(').append(i + 1).append(") ").append(reasons.get(i));
        }
        return text.toString();
    }
}
