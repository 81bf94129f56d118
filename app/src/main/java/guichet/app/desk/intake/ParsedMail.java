package guichet.app.desk.intake;

import guichet.app.desk.store.Attachment;

import java.time.Instant;
import java.util.List;

/**
 * A message read from MIME (or given through the API), before masking.
 *
 * @param messageId the Message-ID header without angle brackets, or null
 * @param sentAt the Date header, or null when absent or unreadable
 * @param body the new text of the message
 * @param quoted earlier messages it quotes
 * @param notes what the parser noticed: broken structure, unknown charset, parts not read
 */
public record ParsedMail(String messageId, String senderAddress, String senderName, String subject, Instant sentAt,
                         String body, String quoted, List<Attachment> attachments, List<String> notes) {

    public ParsedMail {
        senderAddress = senderAddress == null ? "" : senderAddress;
        senderName = senderName == null ? "" : senderName;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        quoted = quoted == null ? "" : quoted;
        attachments = List.copyOf(attachments);
        notes = List.copyOf(notes);
    }
}
