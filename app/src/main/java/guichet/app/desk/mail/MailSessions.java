package guichet.app.desk.mail;

import org.springframework.boot.ssl.SslBundles;

import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import java.time.Duration;
import java.util.Properties;

/**
 * Jakarta Mail session properties for the office's mail servers: timeouts, implicit TLS or required
 * STARTTLS with the server's name checked against its certificate, and which certificates to trust.
 * By default that is the JVM's trust store; a site whose mail server holds a certificate from its own
 * authority names a Spring Boot SSL bundle instead ({@code spring.ssl.bundle.pem.<name>.truststore.certificate}).
 */
public final class MailSessions {

    private MailSessions() {
    }

    /** How to reach one server. */
    public record Connection(String protocol, Duration timeout, boolean tls, boolean startTls, SSLSocketFactory trust) {
    }

    /**
     * @param plain the protocol without TLS ("imap", "smtp"); implicit TLS adds the "s"
     * @param sslBundle the SSL bundle whose trust material checks the server, or blank for the JVM's
     */
    public static Connection connection(String plain, Duration timeout, boolean tls, boolean startTls, String sslBundle,
                                        SslBundles bundles) {
        SSLSocketFactory trust = sslBundle == null || sslBundle.isBlank() ? null
                : bundles.getBundle(sslBundle).createSslContext().getSocketFactory();
        return new Connection(tls ? plain + "s" : plain, timeout, tls, !tls && startTls, trust);
    }

    /** The session properties for this connection. */
    public static Properties properties(Connection connection) {
        Properties properties = new Properties();
        String prefix = "mail." + connection.protocol() + ".";
        String millis = Long.toString(connection.timeout().toMillis());
        properties.setProperty(prefix + "connectiontimeout", millis);
        properties.setProperty(prefix + "timeout", millis);
        properties.setProperty(prefix + "writetimeout", millis);
        if (connection.startTls()) {
            properties.setProperty(prefix + "starttls.enable", "true");
            properties.setProperty(prefix + "starttls.required", "true");
        }
        if (connection.tls() || connection.startTls()) {
            properties.setProperty(prefix + "ssl.checkserveridentity", "true");
            if (connection.trust() != null) {
                // an object, not a class name: Jakarta Mail uses this factory for TLS and for STARTTLS
                properties.put(prefix + "ssl.socketFactory", connection.trust());
            }
        }
        return properties;
    }

    /**
     * Why a connection failed, in words for the operator: the mail library's message, and what to
     * check when the TLS handshake was refused (the JDK reports a name mismatch as a path failure).
     *
     * @param setting the property that names the SSL bundle for this server
     */
    public static String failure(Exception e, String host, String setting) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLHandshakeException) {
                return e.getMessage() + " (the certificate of " + host + " is not trusted here, or does not name "
                        + host + ": a certificate from the site's own authority needs " + setting + ")";
            }
        }
        return e.getMessage();
    }
}
