package guichet.app.desk.store;

/**
 * A rule that matched a message: an urgency or a vulnerability signal.
 *
 * @param rule the rule's qualified id, e.g. {@code en/no_food}
 * @param excerpt the words that matched (masked)
 */
public record Signal(String rule, String excerpt) {

    /** {@code rule ("excerpt")}, for reasons. */
    public String describe() {
        return excerpt.isBlank() ? rule : rule + " (“" + excerpt + "”)";
    }
}
