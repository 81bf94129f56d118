package guichet.app.desk.intake;

import guichet.app.desk.settings.DeskProperties;
import guichet.app.desk.mail.MailSessions;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the office's mailbox over IMAP (implicit TLS by default, or STARTTLS, credentials from the
 * configuration or the environment): every unread message is fetched whole, handed to the
 * {@link Intake} exactly as a file would be, and marked read. A message that cannot become a case is
 * recorded with its reason and marked read too: it never blocks the mailbox. A message larger than
 * the limit is not downloaded.
 */
@Component
public class ImapPoller {

    private static final Logger LOG = LoggerFactory.getLogger(ImapPoller.class);

    private final Intake intake;
    private final DeskProperties.Imap settings;
    private final long maxMessageBytes;
    private final MailSessions.Connection connection;

    ImapPoller(Intake intake, DeskProperties properties, SslBundles bundles) {
        this.intake = intake;
        this.settings = properties.imap();
        this.connection = MailSessions.connection("imap", settings.timeout(), settings.tls(), settings.startTls(),
                settings.sslBundle(), bundles);
        this.maxMessageBytes = properties.limits().maxMessage().toBytes();
    }

    /** What one poll did. */
    public record PollReport(List<IntakeResult> results) {

        public long count(IntakeResult.Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    /** Polls the mailbox once, now. */
    public synchronized PollReport pollNow() {
        if (settings.host() == null || settings.host().isBlank()) {
            throw new IllegalStateException("guichet.desk.imap.host is not set");
        }
        Session session = Session.getInstance(MailSessions.properties(connection));
        List<IntakeResult> results = new ArrayList<>();
        try (Store store = session.getStore(connection.protocol())) {
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : unread) {
                    results.add(take(folder, message));
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            throw new MailboxUnavailableException(settings.host() + ":" + settings.port() + "/" + settings.folder(),
                    MailSessions.failure(e, settings.host(), "guichet.desk.imap.ssl-bundle"), e);
        }
        PollReport report = new PollReport(results);
        if (!results.isEmpty()) {
            LOG.info("mailbox {}: {} new case(s), {} duplicate(s), {} rejected", settings.folder(),
                    report.count(IntakeResult.Outcome.CREATED), report.count(IntakeResult.Outcome.DUPLICATE),
                    report.count(IntakeResult.Outcome.REJECTED));
        }
        return report;
    }

    /** One message: fetched whole, taken in, marked read whatever the outcome. */
    private IntakeResult take(Folder folder, Message message) throws MessagingException {
        String origin = "imap:" + settings.folder() + "/" + uid(folder, message);
        IntakeResult result;
        try {
            int size = message.getSize();
            if (size > maxMessageBytes) {
                result = intake.rejectTooLarge("imap", origin, size);
            } else {
                ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(size, 1024));
                message.writeTo(raw);
                result = intake.acceptRaw(raw.toByteArray(), "imap", origin);
            }
        } catch (MessagingException | IOException | RuntimeException e) {
            result = intake.rejectUnreadable("imap", origin, MailParser.describe(e));
        }
        message.setFlag(Flags.Flag.SEEN, true);
        return result;
    }

    private static String uid(Folder folder, Message message) {
        try {
            return folder instanceof UIDFolder uids ? Long.toString(uids.getUID(message)) : Integer.toString(message.getMessageNumber());
        } catch (MessagingException e) {
            return Integer.toString(message.getMessageNumber());
        }
    }

    /** The mailbox could not be reached or read; the next poll tries again. */
    public static final class MailboxUnavailableException extends RuntimeException {
        MailboxUnavailableException(String mailbox, String reason, Throwable cause) {
            super("mailbox " + mailbox + " unavailable: " + reason, cause);
        }
    }
}
