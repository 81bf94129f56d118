package guichet.app.desk.intake;

import guichet.app.desk.store.Attachment;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * Reads a MIME message (Jakarta Mail / Angus Mail) into a {@link ParsedMail}: the plain body, or
 * the HTML one as text; quoted earlier messages set apart; attachments noted, PDF text read. It never
 * throws on a damaged message: a broken structure, an unknown charset, a huge attachment or an empty
 * body each become a note and the best text that can be had.
 *
 * <p>Longer than most classes: each MIME shape (multipart alternative, mixed, related, nested
 * messages, encodings) needs its own fallback, and keeping them side by side shows that every path
 * ends in a note rather than an exception.
 */
public final class MailParser {

    private static final Session SESSION = Session.getInstance(quietProperties());
    private static final int ATTACHMENT_TEXT_CHARACTERS = 4000;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final long maxAttachmentBytes;
    private final int maxBodyCharacters;

    public MailParser(long maxAttachmentBytes, int maxBodyCharacters) {
        this.maxAttachmentBytes = maxAttachmentBytes;
        this.maxBodyCharacters = maxBodyCharacters;
    }

    private static Properties quietProperties() {
        Properties properties = new Properties();
        // Lenient with the mail people really send: bad address lists, odd encodings.
        properties.setProperty("mail.mime.address.strict", "false");
        properties.setProperty("mail.mime.decodetext.strict", "false");
        properties.setProperty("mail.mime.decodefilename", "true");
        properties.setProperty("mail.mime.multipart.ignoremissingendboundary", "true");
        properties.setProperty("mail.mime.base64.ignoreerrors", "true");
        return properties;
    }

    /** Parses raw RFC 822 bytes. */
    public ParsedMail parse(byte[] raw) throws MessagingException {
        return parse(new MimeMessage(SESSION, new ByteArrayInputStream(raw)));
    }

    /** Parses a message (from a file or from an IMAP folder). */
    public ParsedMail parse(MimeMessage message) {
        List<String> notes = new ArrayList<>();
        String messageId = messageId(message, notes);
        String subject = subject(message, notes);
        String[] sender = sender(message, notes);
        Instant sent = sentAt(message);
        Body body = new Body();
        try {
            walk(message, body, notes, 0);
        } catch (MessagingException | IOException | RuntimeException e) {
            notes.add("The message structure is broken (" + describe(e) + "); its raw text is shown instead.");
            body.plain.setLength(0);
            body.html.setLength(0);
            body.plain.append(rawText(message, notes));
        }
        QuotedReplies.Split split = !body.plain.toString().isBlank()
                ? QuotedReplies.split(body.plain.toString())
                : HtmlText.of(body.html.toString());
        String text = split.text();
        if (text.length() > maxBodyCharacters) {
            notes.add("The message is long: only its first " + maxBodyCharacters + " characters are kept.");
            text = text.substring(0, maxBodyCharacters);
        }
        if (text.isBlank()) {
            notes.add(body.attachments.isEmpty() ? "The message has no text." : "The message has no text, only attachments.");
        }
        return new ParsedMail(messageId, sender[0], sender[1], subject, sent, text, split.quoted(), body.attachments, notes);
    }

    /** What the walk over the parts collects. */
    private static final class Body {
        final StringBuilder plain = new StringBuilder();
        final StringBuilder html = new StringBuilder();
        final List<Attachment> attachments = new ArrayList<>();
    }

    private void walk(Part part, Body body, List<String> notes, int depth) throws MessagingException, IOException {
        if (depth > 10) {
            notes.add("Parts nested deeper than 10 levels were not read.");
            return;
        }
        String type = contentType(part, notes);
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(disposition(part)) || fileName(part) != null;
        if (type.startsWith("multipart/")) {
            Object content = part.getContent();
            if (!(content instanceof Multipart multipart)) {
                throw new MessagingException("multipart without parts");
            }
            if (type.startsWith("multipart/alternative")) {
                walkAlternative(multipart, body, notes, depth);
                return;
            }
            for (int i = 0; i < multipart.getCount(); i++) {
                walk(multipart.getBodyPart(i), body, notes, depth + 1);
            }
        } else if (!attachment && type.startsWith("text/plain")) {
            append(body.plain, text(part, notes));
        } else if (!attachment && type.startsWith("text/html")) {
            append(body.html, text(part, notes));
        } else if (!attachment && type.startsWith("message/rfc822")) {
            body.attachments.add(new Attachment("forwarded message", type, size(part), "forwarded message, not read", ""));
        } else {
            body.attachments.add(attachment(part, type));
        }
    }

    /** Of the alternatives, the plain text when it has words, else the HTML (read as text). */
    private void walkAlternative(Multipart alternatives, Body body, List<String> notes, int depth)
            throws MessagingException, IOException {
        Body chosen = new Body();
        for (int i = 0; i < alternatives.getCount(); i++) {
            walk(alternatives.getBodyPart(i), chosen, notes, depth + 1);
        }
        if (!chosen.plain.toString().isBlank()) {
            append(body.plain, chosen.plain.toString());
        } else {
            append(body.html, chosen.html.toString());
        }
        body.attachments.addAll(chosen.attachments);
    }

    private static void append(StringBuilder to, String text) {
        if (!to.isEmpty() && !text.isBlank()) {
            to.append("\n\n");
        }
        to.append(text);
    }

    /** A text part's content; an unknown or wrong charset falls back to UTF-8 or Windows-1252, with a note. */
    private String text(Part part, List<String> notes) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String text) {
                return text;
            }
        } catch (IOException e) {
            // UnsupportedEncodingException and kin: decode the bytes ourselves below.
            notes.add("Unknown character set '" + charset(part) + "': the text was read as "
                    + guessName(bytes(part, Long.MAX_VALUE)) + " and some characters may be wrong.");
        }
        return decodeGuessing(bytes(part, Long.MAX_VALUE));
    }

    private Attachment attachment(Part part, String type) {
        String name = fileName(part);
        name = name == null ? "unnamed" : name;
        long size = size(part);
        if (size > maxAttachmentBytes) {
            return new Attachment(name, type, size, "not read: too large (" + megabytes(size) + ")", "");
        }
        try {
            byte[] data = bytes(part, maxAttachmentBytes);
            if (data == null) {
                return new Attachment(name, type, size, "not read: larger than " + megabytes(maxAttachmentBytes), "");
            }
            size = data.length;
            boolean pdf = type.startsWith("application/pdf") || name.toLowerCase(Locale.ROOT).endsWith(".pdf");
            if (pdf) {
                return pdf(name, type, data);
            }
            if (type.startsWith("text/")) {
                return new Attachment(name, type, size, "text read", excerpt(decodeGuessing(data)));
            }
            if (type.startsWith("image/")) {
                return new Attachment(name, type, size, "image, not read", "");
            }
            return new Attachment(name, type, size, "not read (" + type + ")", "");
        } catch (MessagingException | IOException | RuntimeException e) {
            return new Attachment(name, type, Math.max(size, 0), "not read: " + describe(e), "");
        }
    }

    private static Attachment pdf(String name, String type, byte[] data) {
        try (PDDocument document = Loader.loadPDF(data)) {
            if (document.isEncrypted()) {
                return new Attachment(name, type, data.length, "PDF, not read: protected", "");
            }
            String text = new PDFTextStripper().getText(document).strip();
            return new Attachment(name, type, data.length, "PDF, " + document.getNumberOfPages() + " page(s), text read",
                    excerpt(text));
        } catch (IOException | RuntimeException e) {
            return new Attachment(name, type, data.length, "PDF, not read: " + describe(e), "");
        }
    }

    private static String excerpt(String text) {
        String compact = text.replaceAll("[ \\t]+", " ").replaceAll("\\n{3,}", "\n\n").strip();
        return compact.length() <= ATTACHMENT_TEXT_CHARACTERS ? compact : compact.substring(0, ATTACHMENT_TEXT_CHARACTERS) + "…";
    }

    /** The decoded bytes of a part, or null when there are more than {@code limit}. */
    private static byte[] bytes(Part part, long limit) throws MessagingException, IOException {
        try (InputStream in = part.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > limit) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        }
    }

    /** UTF-8 when the bytes are valid UTF-8, otherwise Windows-1252 (which decodes any byte). */
    static String decodeGuessing(byte[] data) {
        if (data == null) {
            return "";
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return new String(data, WINDOWS_1252);
        }
    }

    private static String guessName(byte[] data) {
        if (data == null) {
            return "UTF-8";
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data));
            return "UTF-8";
        } catch (CharacterCodingException e) {
            return "Windows-1252";
        }
    }

    /** The message after its headers, as text, for a message whose structure cannot be read. */
    private static String rawText(MimeMessage message, List<String> notes) {
        try (InputStream in = message.getRawInputStream()) {
            String raw = decodeGuessing(in.readAllBytes());
            // Drop MIME boundary lines and part headers; keep the words.
            StringBuilder text = new StringBuilder();
            boolean inPartHeaders = false;
            for (String line : raw.split("\\R", -1)) {
                if (line.startsWith("--") && line.length() > 2 && !line.contains(" ")) {
                    inPartHeaders = true;
                    continue;
                }
                if (inPartHeaders) {
                    if (line.isBlank()) {
                        inPartHeaders = false;
                    }
                    continue;
                }
                text.append(line).append('\n');
            }
            return text.toString().strip();
        } catch (MessagingException | IOException | RuntimeException e) {
            notes.add("The raw text could not be read either (" + describe(e) + ").");
            return "";
        }
    }

    private static String messageId(MimeMessage message, List<String> notes) {
        try {
            String id = message.getMessageID();
            if (id == null || id.isBlank()) {
                return null;
            }
            id = id.strip();
            if (id.startsWith("<") && id.endsWith(">")) {
                id = id.substring(1, id.length() - 1);
            }
            return id.length() > 990 ? id.substring(0, 990) : id;
        } catch (MessagingException e) {
            notes.add("The Message-ID header could not be read.");
            return null;
        }
    }

    private static String subject(MimeMessage message, List<String> notes) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject.strip();
        } catch (MessagingException | RuntimeException e) {
            notes.add("The subject could not be decoded.");
            try {
                String raw = message.getHeader("Subject", null);
                return raw == null ? "" : raw.strip();
            } catch (MessagingException again) {
                return "";
            }
        }
    }

    /** Address and display name of the sender (From, else Reply-To, else Sender). */
    private static String[] sender(MimeMessage message, List<String> notes) {
        try {
            Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
                return new String[] {address.getAddress() == null ? "" : address.getAddress().strip(),
                        address.getPersonal() == null ? "" : address.getPersonal().strip()};
            }
        } catch (MessagingException | RuntimeException e) {
            // A malformed From header: fall through to the raw value.
        }
        try {
            String raw = message.getHeader("From", null);
            if (raw != null) {
                notes.add("The sender's address is malformed: " + MimeUtility.unfold(raw).strip());
                var email = java.util.regex.Pattern.compile("[^\\s<>\"]+@[^\\s<>\"]+").matcher(raw);
                return new String[] {email.find() ? email.group() : "", ""};
            }
        } catch (MessagingException e) {
            // No readable From at all.
        }
        notes.add("The message has no sender address: a reply cannot be sent to it.");
        return new String[] {"", ""};
    }

    private static Instant sentAt(MimeMessage message) {
        try {
            var date = message.getSentDate();
            return date == null ? null : date.toInstant();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String contentType(Part part, List<String> notes) throws MessagingException {
        String raw = part.getContentType();
        if (raw == null) {
            return "text/plain";
        }
        try {
            return new ContentType(raw).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException e) {
            notes.add("A part has a malformed content type: read as text.");
            return "text/plain";
        }
    }

    private static String charset(Part part) {
        try {
            String charset = new ContentType(part.getContentType()).getParameter("charset");
            return charset == null ? "none" : charset;
        } catch (MessagingException | RuntimeException e) {
            return "unreadable";
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (MessagingException | RuntimeException e) {
            return null;
        }
    }

    private static String fileName(Part part) {
        try {
            String name = part.getFileName();
            return name == null || name.isBlank() ? null : name.strip();
        } catch (MessagingException | RuntimeException e) {
            return "unreadable name";
        }
    }

    private static long size(Part part) {
        try {
            int size = part.getSize();
            if (size >= 0 && part instanceof BodyPart && "base64".equalsIgnoreCase(encoding(part))) {
                return size * 3L / 4;
            }
            return size;
        } catch (MessagingException e) {
            return -1;
        }
    }

    private static String encoding(Part part) {
        try {
            return part instanceof jakarta.mail.internet.MimePart mime ? mime.getEncoding() : null;
        } catch (MessagingException e) {
            return null;
        }
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }

    static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
