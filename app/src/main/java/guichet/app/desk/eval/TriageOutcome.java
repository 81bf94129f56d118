package guichet.app.desk.eval;

/** How one message of the set was labelled. */
public record TriageOutcome(String id, String expectedUrgency, String urgency, String expectedCategory, String category,
                            String language, long millis, String urgencyReason) {

    public boolean urgencyRight() {
        return expectedUrgency.equals(urgency);
    }

    public boolean categoryRight() {
        return expectedCategory.equals(category);
    }
}
