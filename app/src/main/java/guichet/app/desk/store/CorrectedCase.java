package guichet.app.desk.store;

/**
 * A case whose labels an officer set, for retraining: the officer's values win, the AI's fill in
 * the label they did not touch.
 *
 * @param text subject and body (masked)
 * @param correctedUrgency whether an officer set the urgency
 * @param correctedCategory whether an officer set the category
 * @param receivedAt when the message came in (its relative dates are read against it)
 */
public record CorrectedCase(String caseId, String language, String text, String urgency, String category,
                            boolean correctedUrgency, boolean correctedCategory, java.time.Instant receivedAt) {
}
