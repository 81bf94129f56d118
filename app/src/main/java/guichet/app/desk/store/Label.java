package guichet.app.desk.store;

import java.time.Instant;

/**
 * The current value of one label of a case, and why it has it.
 *
 * @param name urgency or category
 * @param value e.g. {@code urgent}, {@code payment_problem}
 * @param reason the signals or nearest examples behind an AI label, or the officer's note
 * @param setBy whether the AI or an officer set it
 * @param officer who, when an officer did
 * @param classifierVersion the classifier that set it (AI labels) or that was active (human ones)
 * @param setAt when
 */
public record Label(LabelName name, String value, String reason, SetBy setBy, String officer,
                    String classifierVersion, Instant setAt) {

    /** Who set a label. */
    public enum SetBy {
        AI, HUMAN;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
