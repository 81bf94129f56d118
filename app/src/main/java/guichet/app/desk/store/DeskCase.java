package guichet.app.desk.store;

import java.time.Instant;
import java.util.List;

/**
 * A citizen's message as a case. Subject, body and quoted text have National Insurance and card
 * numbers masked; nothing unmasked is stored.
 *
 * @param messageId the Message-ID header, null when the message had none
 * @param source how it came in: imap, file or api
 * @param body the new text of the message (quoted earlier messages removed)
 * @param quoted the earlier messages it quoted, if any
 * @param intakeNotes what the intake noticed (broken structure, unknown charset, empty body...)
 * @param language detected language (ISO 639-1), null before analysis
 * @param summaryBy the model id that wrote the summary, or {@code extractive}
 * @param vulnerability signs the writer may be vulnerable
 * @param analysisNote why the last analysis failed, if it did
 * @param assignee the officer it is assigned to, or null
 */
public record DeskCase(String id, String messageId, String source, String senderAddress, String senderName,
                       String subject, String body, String quoted, List<Attachment> attachments,
                       List<String> intakeNotes, Instant receivedAt, Instant createdAt, Instant updatedAt,
                       CaseStatus status, String language, String summary, String summaryBy,
                       List<Signal> vulnerability, String analysisNote, String assignee) {

    public DeskCase {
        attachments = List.copyOf(attachments);
        intakeNotes = List.copyOf(intakeNotes);
        vulnerability = List.copyOf(vulnerability);
    }

    /** The text the analysis reads: subject, then body. */
    public String text() {
        return subject.isBlank() ? body : subject + "\n\n" + body;
    }
}
