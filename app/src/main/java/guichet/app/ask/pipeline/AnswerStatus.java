package guichet.app.ask.pipeline;

import java.util.Locale;

/** How an answer ended. Each status belongs to a family that citizen texts and metrics group by. */
public enum AnswerStatus {
    ANSWERED(Family.ANSWERED),
    CLARIFICATION(Family.CLARIFICATION),
    UNANSWERABLE(Family.UNANSWERABLE),
    REFUSED(Family.REFUSED),
    CRISIS_SIGNPOSTED(Family.SIGNPOSTED),
    GUARDRAIL(Family.GUARDRAIL),
    ERROR(Family.ERROR);

    /** Families of statuses, as GOV.UK Chat groups them. */
    public enum Family { ANSWERED, CLARIFICATION, UNANSWERABLE, REFUSED, SIGNPOSTED, GUARDRAIL, ERROR }

    private final Family family;

    AnswerStatus(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /** The lower-case name used in APIs, storage and message keys, e.g. "crisis_signposted". */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
