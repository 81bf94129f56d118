package guichet.app.desk.send;

import guichet.app.desk.settings.DeskProperties;
import guichet.app.desk.mail.MailSessions;
import guichet.app.desk.store.Reply;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.boot.ssl.SslBundles;

import java.util.Date;
import java.util.Properties;

/**
 * The office's SMTP server. Package-private, and used only by {@link Replies} for a reply an officer
 * approved: nothing else in Guichet can send mail (a test checks it).
 */
final class SmtpOutbox {

    private final DeskProperties.Smtp settings;
    private final MailSessions.Connection connection;

    SmtpOutbox(DeskProperties.Smtp settings, SslBundles bundles) {
        this.settings = settings;
        this.connection = MailSessions.connection("smtp", settings.timeout(), settings.tls(), settings.startTls(),
                settings.sslBundle(), bundles);
    }

    boolean configured() {
        return settings.configured();
    }

    /** Why sending failed, in words for the operator. */
    String failure(Exception e) {
        return MailSessions.failure(e, settings.host(), "guichet.desk.smtp.ssl-bundle");
    }

    /** Sends the approved reply; returns the Message-ID it was sent with. */
    String send(Reply approved, String inReplyTo, String caseReference) throws MessagingException {
        if (approved.approvedBy() == null || approved.approvedBy().isBlank() || approved.approvedAt() == null) {
            throw new IllegalStateException("a reply is sent only once an officer has approved it");
        }
        Session session = Session.getInstance(properties());
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(approved.recipient(), true));
        message.setSubject(approved.subject(), "UTF-8");
        message.setText(approved.text(), "UTF-8");
        message.setSentDate(new Date());
        if (inReplyTo != null && !inReplyTo.isBlank()) {
            message.setHeader("In-Reply-To", "<" + inReplyTo + ">");
            message.setHeader("References", "<" + inReplyTo + ">");
        }
        message.setHeader("X-Guichet-Case", caseReference);
        message.saveChanges();
        try (Transport transport = session.getTransport(connection.protocol())) {
            transport.connect(settings.host(), settings.port(), blankToNull(settings.username()),
                    blankToNull(settings.password()));
            transport.sendMessage(message, message.getAllRecipients());
        }
        return message.getMessageID();
    }

    private Properties properties() {
        Properties properties = MailSessions.properties(connection);
        properties.setProperty("mail." + connection.protocol() + ".auth",
                Boolean.toString(settings.username() != null && !settings.username().isBlank()));
        return properties;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
