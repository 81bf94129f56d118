package guichet.app.desk.intake;

import guichet.app.desk.settings.DeskProperties;
import guichet.app.desk.mail.MailSessions;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.StoreClosedException;
import jakarta.mail.UIDFolder;
import jakarta.mail.search.FlagTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the office's mailbox over IMAP (implicit TLS by default, or STARTTLS, credentials from the
 * configuration or the environment): every unread message is fetched whole, handed to the
 * {@link Intake} exactly as a file would be, and marked read. A message that cannot become a case is
 * recorded with its reason and marked read too: it never blocks the mailbox. A message larger than
 * the limit is not downloaded. If the server closes the connection while a message is analysed, the
 * poll reconnects and goes on: what it took in is marked read, not taken in again.
 */
@Component
public class ImapPoller {

    private static final Logger LOG = LoggerFactory.getLogger(ImapPoller.class);
    /** Connections in a row that the server closes before a new message is taken in, before a poll gives up. */
    private static final int MAX_FRUITLESS_CONNECTIONS = 3;

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
        // By message uid, in the order taken: a message taken in before the server dropped the connection is
        // only marked read after reconnecting, not taken in twice.
        Map<String, IntakeResult> taken = new LinkedHashMap<>();
        for (int fruitless = 0; ; ) {
            int before = taken.size();
            try {
                takeUnread(session, taken);
                break;
            } catch (FolderClosedException | StoreClosedException e) {
                // Analysing a message can outlast a server's patience; what was taken in is kept.
                fruitless = taken.size() > before ? 0 : fruitless + 1;
                if (fruitless == MAX_FRUITLESS_CONNECTIONS) {
                    throw unavailable(e);
                }
                LOG.warn("mailbox {}: the server closed the connection after {} message(s); reconnecting",
                        settings.folder(), taken.size());
            } catch (MessagingException e) {
                throw unavailable(e);
            }
        }
        PollReport report = new PollReport(List.copyOf(taken.values()));
        if (!taken.isEmpty()) {
            LOG.info("mailbox {}: {} new case(s), {} duplicate(s), {} rejected", settings.folder(),
                    report.count(IntakeResult.Outcome.CREATED), report.count(IntakeResult.Outcome.DUPLICATE),
                    report.count(IntakeResult.Outcome.REJECTED));
        }
        return report;
    }

    private void takeUnread(Session session, Map<String, IntakeResult> taken) throws MessagingException {
        try (Store store = session.getStore(connection.protocol())) {
            store.connect(settings.host(), settings.port(), settings.username(), settings.password());
            Folder folder = store.getFolder(settings.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    String uid = uid(folder, message);
                    if (!taken.containsKey(uid)) {
                        taken.put(uid, take(folder, message, uid));
                    }
                    message.setFlag(Flags.Flag.SEEN, true);
                }
            } finally {
                if (folder.isOpen()) {
                    folder.close(false);
                }
            }
        }
    }

    private MailboxUnavailableException unavailable(MessagingException e) {
        return new MailboxUnavailableException(settings.host() + ":" + settings.port() + "/" + settings.folder(),
                MailSessions.failure(e, settings.host(), "guichet.desk.imap.ssl-bundle"), e);
    }

    /** One message: fetched whole and taken in, whatever the outcome (the caller marks it read). */
    private IntakeResult take(Folder folder, Message message, String uid) {
        String origin = "imap:" + settings.folder() + "/" + uid;
        try {
            int size = message.getSize();
            if (size > maxMessageBytes) {
                return intake.rejectTooLarge("imap", origin, size);
            }
            ByteArrayOutputStream raw = new ByteArrayOutputStream(Math.max(size, 1024));
            message.writeTo(raw);
            return intake.acceptRaw(raw.toByteArray(), "imap", origin);
        } catch (MessagingException | IOException | RuntimeException e) {
            return intake.rejectUnreadable("imap", origin, MailParser.describe(e));
        }
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
