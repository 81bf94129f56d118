package guichet.app.employment.eligibility;

import java.util.Locale;

/** What a benefit's rules say about a situation. */
public enum Outcome {
    /** Every condition passed. */
    ELIGIBLE,
    /** At least one condition failed. */
    NOT_ELIGIBLE,
    /** Nothing failed, but some conditions need facts not known yet. */
    UNKNOWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
