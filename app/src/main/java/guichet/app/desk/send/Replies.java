package guichet.app.desk.send;

import guichet.app.desk.settings.DeskProperties;
import guichet.app.desk.draft.CaseReference;
import guichet.app.desk.store.CaseStatus;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.DeskCase;
import guichet.app.desk.store.Reply;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The only way a reply leaves Guichet: an officer approves it (who and when are recorded), then it
 * goes through the office's SMTP server. The system drafts; it never sends on its own — no scheduled
 * job, intake or analysis step calls this.
 */
@Component
public class Replies {

    private static final Logger LOG = LoggerFactory.getLogger(Replies.class);

    private final CaseStore store;
    private final SmtpOutbox outbox;

    Replies(CaseStore store, DeskProperties properties, SslBundles bundles) {
        this.store = store;
        this.outbox = new SmtpOutbox(properties.smtp(), bundles);
    }

    /**
     * Records the officer's approval of this reply text, then sends it.
     *
     * @return the reply: sent, or failed with the server's reason (it can be sent again), or approved
     *         only when no SMTP server is configured
     * @throws ReplyNotAllowedException when the case has no address to reply to, or the text is empty
     */
    public Reply approveAndSend(String caseId, String subject, String text, String officer) {
        DeskCase deskCase = store.find(caseId).orElseThrow(() -> new ReplyNotAllowedException("no case " + caseId));
        if (officer == null || officer.isBlank()) {
            throw new ReplyNotAllowedException("a reply needs an officer's approval");
        }
        if (deskCase.senderAddress().isBlank()) {
            throw new ReplyNotAllowedException("the message has no sender address to reply to");
        }
        if (text == null || text.isBlank() || subject == null || subject.isBlank()) {
            throw new ReplyNotAllowedException("the reply needs a subject and a text");
        }
        Reply approved = store.insertReply(caseId, deskCase.senderAddress(), subject.strip(), text.strip() + "\n", officer);
        store.setStatus(caseId, CaseStatus.REPLIED);
        store.event(caseId, "reply_approved", officer, "reply " + approved.id());
        return send(approved, deskCase);
    }

    /** Sends again a reply that was approved but not sent (the server was down). */
    public Reply resend(String replyId, String officer) {
        Reply reply = store.reply(replyId).orElseThrow(() -> new ReplyNotAllowedException("no reply " + replyId));
        if (reply.status() == Reply.Status.SENT) {
            throw new ReplyNotAllowedException("this reply was already sent");
        }
        DeskCase deskCase = store.find(reply.caseId()).orElseThrow();
        store.event(reply.caseId(), "reply_resend", officer, "reply " + replyId);
        return send(reply, deskCase);
    }

    private Reply send(Reply approved, DeskCase deskCase) {
        if (!outbox.configured()) {
            store.replyFailed(approved.id(), "no SMTP server is configured (guichet.desk.smtp.host)");
            return store.reply(approved.id()).orElseThrow();
        }
        try {
            String messageId = outbox.send(approved, deskCase.messageId(), CaseReference.of(deskCase.id()));
            store.replySent(approved.id(), messageId);
            store.event(deskCase.id(), "reply_sent", approved.approvedBy(), "reply " + approved.id());
            LOG.info("reply {} to case {} sent (approved by {})", approved.id(), deskCase.id(), approved.approvedBy());
        } catch (MessagingException | RuntimeException e) {
            String reason = outbox.failure(e);
            store.replyFailed(approved.id(), e.getClass().getSimpleName() + ": " + reason);
            LOG.warn("reply {} to case {} not sent: {}", approved.id(), deskCase.id(), reason);
        }
        return store.reply(approved.id()).orElseThrow();
    }

    public Optional<Reply> find(String replyId) {
        return store.reply(replyId);
    }

    /** A reply that cannot be approved or sent, and why. */
    public static final class ReplyNotAllowedException extends RuntimeException {
        public ReplyNotAllowedException(String message) {
            super(message);
        }
    }
}
