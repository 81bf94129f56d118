package guichet.app.desk.analysis.urgency;

import java.util.Locale;

/**
 * How a clause states what it says. A risk or a deadline counts as urgent only when the writer
 * states it as theirs, now: not quoted from someone else's message, not hearsay, not past, not merely
 * possible, not denied, not over, not weeks away.
 */
public enum Stance {
    /** In a forwarded or quoted message, or the words of a scam the writer received. */
    QUOTED,
    /** What someone else said or the writer heard ("my neighbour told me that…", "apparently…"). */
    HEARSAY,
    /** Over: "last year", "back in January", "in October" read against the day it came in. */
    PAST,
    /** Possible or feared, not happening: "what if", "if I did end up", "may", "later in the spring". */
    HYPOTHETICAL,
    /** Denied: "we do not want to start possession proceedings", "c'est pas le cas". */
    NEGATED,
    /** The message says the crisis is over or the writer is managing ("things are much better now"). */
    RESOLVED,
    /** Dated more than a few working days ahead (a fortnight away). */
    FAR,
    /** Dated within about one working day of receipt (not yet past). */
    SOON,
    /**
     * For a rule that needs a date (a hearing, an appointment one cannot attend): its sentence names no
     * day within about one working day of receipt — none, one already past, or one further ahead.
     */
    NOT_SOON;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
