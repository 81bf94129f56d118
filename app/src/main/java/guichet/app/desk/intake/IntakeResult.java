package guichet.app.desk.intake;

/**
 * What became of one incoming message.
 *
 * @param caseId the new case, or the existing one for a duplicate, or null when rejected
 * @param reason why it was rejected or recognised as a duplicate; empty when created
 * @param origin where it came from (file and position, IMAP UID, API), for the operator
 */
public record IntakeResult(Outcome outcome, String caseId, String reason, String origin) {

    /** Created, duplicate of an existing case, or rejected. */
    public enum Outcome {
        CREATED, DUPLICATE, REJECTED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static IntakeResult created(String caseId, String origin) {
        return new IntakeResult(Outcome.CREATED, caseId, "", origin);
    }

    public static IntakeResult duplicate(String caseId, String why, String origin) {
        return new IntakeResult(Outcome.DUPLICATE, caseId, why, origin);
    }

    public static IntakeResult rejected(String reason, String origin) {
        return new IntakeResult(Outcome.REJECTED, null, reason, origin);
    }
}
