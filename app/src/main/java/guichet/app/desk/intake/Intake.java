package guichet.app.desk.intake;

import guichet.app.shared.privacy.Masking;
import guichet.app.desk.CaseProcessor;
import guichet.app.desk.settings.DeskProperties;
import guichet.app.desk.store.Attachment;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.NewCase;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where every message enters the desk, whatever brought it (IMAP, a file, the API): it is parsed,
 * masked (National Insurance and card numbers), checked against the cases already held — the same
 * Message-ID, or the same sender, subject and text — and stored as a case, then analysed. A message
 * that cannot be read at all is rejected with a reason and recorded; it never stops the others.
 */
@Component
public class Intake {

    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    private final CaseStore store;
    private final CaseProcessor processor;
    private final MailParser parser;
    private final DeskProperties properties;
    private final Clock clock;

    Intake(CaseStore store, CaseProcessor processor, DeskProperties properties, Clock clock) {
        this.store = store;
        this.processor = processor;
        this.properties = properties;
        this.clock = clock;
        this.parser = new MailParser(properties.limits().maxAttachment().toBytes(), properties.limits().maxBodyCharacters());
    }

    /** A raw RFC 822 message (a file, an mbox entry, an API upload), analysed at once. */
    public IntakeResult acceptRaw(byte[] raw, String source, String origin) {
        return acceptRaw(raw, source, origin, true);
    }

    /**
     * A raw RFC 822 message.
     *
     * @param analyse false to store it only: the server analyses waiting cases when it runs
     */
    public IntakeResult acceptRaw(byte[] raw, String source, String origin, boolean analyse) {
        if (raw.length > properties.limits().maxMessage().toBytes()) {
            return reject(source, null, origin, "the message (" + megabytes(raw.length) + ") is larger than the "
                    + megabytes(properties.limits().maxMessage().toBytes()) + " limit");
        }
        if (!looksLikeMail(raw)) {
            return reject(source, null, origin, "not an email message (no mail headers found)");
        }
        ParsedMail mail;
        try {
            mail = parser.parse(raw);
        } catch (MessagingException | RuntimeException e) {
            return reject(source, null, origin, "unreadable message: " + MailParser.describe(e));
        }
        return accept(mail, source, origin, null, analyse);
    }

    /** A parsed message: masked, deduplicated, stored and analysed. */
    public IntakeResult accept(ParsedMail mail, String source, String origin, Instant receivedAt) {
        return accept(mail, source, origin, receivedAt, true);
    }

    private IntakeResult accept(ParsedMail mail, String source, String origin, Instant receivedAt, boolean analyse) {
        String hash = contentHash(mail);
        Optional<String> existing = store.findDuplicate(mail.messageId(), hash);
        if (existing.isPresent()) {
            LOG.info("message from {} is already case {}: not stored again", origin, existing.get());
            return IntakeResult.duplicate(existing.get(), "the same message is already case " + existing.get(), origin);
        }
        List<Attachment> attachments = new ArrayList<>();
        for (Attachment attachment : mail.attachments()) {
            attachments.add(new Attachment(Masking.mask(attachment.name()), attachment.contentType(), attachment.size(),
                    attachment.note(), Masking.mask(attachment.text())));
        }
        Instant received = receivedAt != null ? receivedAt : mail.sentAt() != null ? mail.sentAt() : clock.instant();
        NewCase newCase = new NewCase(mail.messageId(), hash, source, truncate(mail.senderAddress(), 320),
                truncate(Masking.mask(mail.senderName()), 200), truncate(Masking.mask(mail.subject()), 2000),
                Masking.mask(mail.body()), Masking.mask(mail.quoted()), attachments,
                mail.notes().stream().map(Masking::mask).toList(), received);
        Optional<String> created = store.insert(newCase).map(c -> c.id());
        if (created.isEmpty()) {
            String id = store.findDuplicate(mail.messageId(), hash).orElse(null);
            return IntakeResult.duplicate(id, "the same message was stored meanwhile as case " + id, origin);
        }
        LOG.info("message from {} stored as case {} ({} note(s))", origin, created.get(), mail.notes().size());
        if (analyse) {
            processor.process(created.get());
        }
        return IntakeResult.created(created.get(), origin);
    }

    /** A message left on the server because it is larger than the limit. */
    public IntakeResult rejectTooLarge(String source, String origin, long size) {
        return reject(source, null, origin, "the message (" + megabytes(size) + ") is larger than the "
                + megabytes(properties.limits().maxMessage().toBytes()) + " limit: not downloaded");
    }

    /** A message that could not even be fetched or read. */
    public IntakeResult rejectUnreadable(String source, String origin, String why) {
        return reject(source, null, origin, "unreadable message: " + why);
    }

    private IntakeResult reject(String source, String messageId, String origin, String reason) {
        store.reject(source, messageId, origin, reason);
        LOG.warn("message from {} rejected: {}", origin, reason);
        return IntakeResult.rejected(reason, origin);
    }

    /** The same sender, subject and text (whitespace and case aside) is the same message. */
    static String contentHash(ParsedMail mail) {
        String normalised = mail.senderAddress().strip().toLowerCase(Locale.ROOT) + "\n"
                + mail.subject().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT) + "\n"
                + mail.body().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT) + "\n"
                + mail.attachments().stream().map(a -> a.name() + ":" + a.size()).toList();
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A header block at the start ("Name: value" lines up to the first blank line), with a mail header among them. */
    static boolean looksLikeMail(byte[] raw) {
        String head = new String(raw, 0, Math.min(raw.length, 16384), StandardCharsets.ISO_8859_1);
        boolean known = false;
        int lines = 0;
        for (String line : head.split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            lines++;
            if (line.startsWith(" ") || line.startsWith("\t") || (lines == 1 && line.startsWith("From "))) {
                continue;
            }
            if (!line.matches("[A-Za-z][A-Za-z0-9-]{0,76}:.*")) {
                return false;
            }
            known |= line.toLowerCase(Locale.ROOT).matches("(from|to|subject|date|message-id|mime-version|received|"
                    + "content-type|return-path|reply-to|sender):.*");
        }
        return known;
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
