package guichet.app.desk.analysis;

/**
 * A labelled message the triage classifier learns from: a built-in example
 * ({@code desk/examples.jsonl}) or a case an officer labelled.
 *
 * @param source {@code example} or {@code correction:<case id>}
 */
public record TrainingExample(String text, String language, String urgency, String category, String source) {
}
