package guichet.app.desk.store;

import java.time.Instant;

/**
 * A reply an officer approved, and what became of it.
 *
 * @param status approved (not sent yet), sent, or failed (the server refused it; it can be sent again)
 */
public record Reply(String id, String caseId, String recipient, String subject, String text, String approvedBy,
                    Instant approvedAt, Status status, Instant sentAt, String smtpMessageId, String sendError) {

    /** What became of an approved reply. */
    public enum Status {
        APPROVED, SENT, FAILED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
