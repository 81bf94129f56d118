package guichet.app.desk.analysis;

import java.time.LocalDate;

/**
 * A labelled message the triage classifier learns from: a built-in example
 * ({@code desk/examples.jsonl}) or a case an officer labelled.
 *
 * @param source {@code example:<line>} or {@code correction:<case id>}
 * @param received the day it came in (relative dates are read against it); null for an example that
 *                 gives none: {@link TriageFeatures#REFERENCE_DAY} is used
 */
public record TrainingExample(String text, String language, String urgency, String category, String source,
                              LocalDate received) {

    public TrainingExample(String text, String language, String urgency, String category, String source) {
        this(text, language, urgency, category, source, null);
    }

    /** A built-in example rather than a case an officer labelled. */
    public boolean isShipped() {
        return source.startsWith("example:");
    }
}
