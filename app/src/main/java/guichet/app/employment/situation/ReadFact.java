package guichet.app.employment.situation;

/**
 * One fact read from a citizen's message, with the citizen's own words it rests on.
 *
 * @param fact which fact
 * @param value its value, of the fact's type
 * @param words the words of the message it was read from, as written
 * @param how how it was read
 * @param months for days worked read from a length of work, the months stated (the days depend on the
 *               citizen's age, which may be told later); 0 otherwise
 */
public record ReadFact(Fact fact, Object value, String words, How how, int months) {

    /** How a fact was read: what decides whether it is read back to the citizen before a result rests on it. */
    public enum How {
        /** A pattern matched the words as written. */
        PATTERN,
        /** A pattern matched once a spelling slip was corrected. */
        CORRECTED_SPELLING,
        /** The citizen answered the question the journey had just asked ("yes", "34"). */
        ANSWER,
        /** A chat model proposed it, and its words were found in the message and agree with it. */
        MODEL,
        /**
         * Not stated but presumed from what was (years as an employee in the UK: Class 1 National
         * Insurance came off the pay); a statement either way replaces it.
         */
        PRESUMED,
        /** Worked out from what was said: an age from a year of birth, hours a week from days and hours a day. */
        COMPUTED;

        /** Whether the citizen should hear it back before a result rests on it. */
        public boolean readBack() {
            return this == CORRECTED_SPELLING || this == MODEL || this == PRESUMED || this == COMPUTED;
        }
    }

    public ReadFact(Fact fact, Object value, String words, How how) {
        this(fact, value, words, how, 0);
    }
}
