package guichet.app.desk.analysis;

import java.util.Optional;

/**
 * A second opinion on a triage decision from a chat model big enough to read a letter — the seam for
 * the bigger model (ADR 14, addendum). An implementation asks the model for a JSON verdict constrained
 * by a schema (urgent yes or no, a category, the sentence that justifies it); {@link SeekSecondOpinion}
 * calls it only when the configured chat model has at least
 * {@code guichet.desk.triage.second-opinion-min-parameters} parameters, discards a verdict whose
 * sentence is not in the message, and lets a verdict raise the urgency, never lower it. The shipped
 * desk has none ({@link #NONE}); a deployment provides one as a bean.
 */
public interface SecondOpinion {

    /** No second opinion: the rules and the classifier decide alone. */
    SecondOpinion NONE = (text, language, decision) -> Optional.empty();

    /**
     * The model's verdict on a (masked) message, or empty when it gave none it could stand by.
     *
     * @param decision what the rules and the classifier decided, for the model's prompt if it wants it
     */
    Optional<Verdict> review(String text, String language, TriageDecision decision);

    /**
     * @param urgent whether the model reads the message as urgent
     * @param category a taxonomy id
     * @param sentence the sentence of the message that justifies the verdict, verbatim
     * @param model the model's id
     */
    record Verdict(boolean urgent, String category, String sentence, String model) {
    }
}
