package guichet.app.desk.analysis.urgency;

import java.time.LocalDate;

/**
 * A date a message names ("tomorrow", "Friday", "by the 3rd", "le 19 mars"), resolved against the
 * day it was received.
 *
 * @param text the words, as matched (lower case, no accents)
 * @param date the day they name
 * @param ongoing named as the start of something still going on ("since Tuesday", "depuis octobre"):
 *                not a past event
 */
public record DateMention(String text, LocalDate date, boolean ongoing) {
}
