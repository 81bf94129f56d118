package guichet.app.desk.store;

import java.time.Instant;
import java.util.List;

/**
 * The reply prepared for a case. The system writes it; only an officer can approve and send it.
 *
 * @param generatedBy what prepared it (the classifier-free composer and the embedder id)
 * @param editedBy the officer who last edited it, or null
 */
public record ReplyDraft(String caseId, String language, String subject, String text, List<CitationLink> citations,
                         String generatedBy, Instant generatedAt, String editedBy, Instant editedAt) {

    public ReplyDraft {
        citations = List.copyOf(citations);
    }
}
