package guichet.app.desk.store;

import java.time.Instant;

/** A case as the queue lists it. */
public record QueueEntry(String id, String senderName, String senderAddress, String subject, Instant receivedAt,
                         CaseStatus status, String summary, Label urgency, Label category, String assignee) {

    public boolean urgent() {
        return urgency != null && "urgent".equals(urgency.value());
    }
}
