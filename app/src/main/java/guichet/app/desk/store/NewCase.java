package guichet.app.desk.store;

import java.time.Instant;
import java.util.List;

/** What the intake hands to the store: a parsed, masked message. */
public record NewCase(String messageId, String contentSha256, String source, String senderAddress, String senderName,
                      String subject, String body, String quoted, List<Attachment> attachments,
                      List<String> intakeNotes, Instant receivedAt) {

    public NewCase {
        attachments = List.copyOf(attachments);
        intakeNotes = List.copyOf(intakeNotes);
    }
}
