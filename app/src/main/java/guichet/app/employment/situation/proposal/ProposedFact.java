package guichet.app.employment.situation.proposal;

/**
 * A fact a model says a message states, not trusted yet: {@link SupportCheck} keeps it only if its words
 * are in the message and agree with its value.
 *
 * @param fact the fact's name ("age", "savings"...)
 * @param value its value as the model wrote it (a number, true/false, or a text)
 * @param words the words of the message the model says state it
 */
public record ProposedFact(String fact, String value, String words) {
}
