package guichet.app.desk.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How one message of the set was labelled, and why.
 *
 * @param language the set's language for the message, else the detected one
 * @param expectedSecondary the set's secondary category, null when the message has one topic
 * @param secondaryCategory the secondary category triage gave, null when it gave none
 * @param note the labeller's note from the set (why the expected labels are what they are)
 */
public record TriageOutcome(@JsonProperty("id") String id,
                            @JsonProperty("split") String split,
                            @JsonProperty("language") String language,
                            @JsonProperty("expected_urgency") String expectedUrgency,
                            @JsonProperty("urgency") String urgency,
                            @JsonProperty("expected_category") String expectedCategory,
                            @JsonProperty("expected_secondary_category") String expectedSecondary,
                            @JsonProperty("category") String category,
                            @JsonProperty("secondary_category") String secondaryCategory,
                            @JsonProperty("millis") long millis,
                            @JsonProperty("urgency_reason") String urgencyReason,
                            @JsonProperty("category_reason") String categoryReason,
                            @JsonProperty("note") String note) {

    @JsonIgnore
    public boolean expectedUrgent() {
        return "urgent".equals(expectedUrgency);
    }

    @JsonIgnore
    public boolean saidUrgent() {
        return "urgent".equals(urgency);
    }

    @JsonProperty("urgency_right")
    public boolean urgencyRight() {
        return expectedUrgency.equals(urgency);
    }

    @JsonProperty("category_right")
    public boolean categoryRight() {
        return expectedCategory.equals(category);
    }

    /** The category given first is one of the message's topics (its primary or its secondary category). */
    @JsonProperty("category_primary_or_secondary")
    public boolean categoryPrimaryOrSecondary() {
        return categoryRight() || category.equals(expectedSecondary);
    }

    /** A secondary category was given and it is one of the message's topics. */
    @JsonIgnore
    public boolean secondaryRight() {
        return secondaryCategory != null && (secondaryCategory.equals(expectedCategory) || secondaryCategory.equals(expectedSecondary));
    }

    /** The message has a secondary topic and triage gave it, first or second. */
    @JsonIgnore
    public boolean secondaryFound() {
        return expectedSecondary != null && (expectedSecondary.equals(category) || expectedSecondary.equals(secondaryCategory));
    }

    /** Why it counts as a miss: "urgent missed", "false alarm", "category a→b", or empty. */
    @JsonIgnore
    public String miss() {
        StringBuilder miss = new StringBuilder();
        if (!urgencyRight()) {
            miss.append(expectedUrgent() ? "urgent missed" : "false alarm");
        }
        if (!categoryRight()) {
            miss.append(miss.isEmpty() ? "" : "; ").append("category ").append(expectedCategory).append(" → ").append(category);
        }
        return miss.toString();
    }
}
