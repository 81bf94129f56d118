package guichet.app.desk;

import guichet.app.desk.mail.MailSessions;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.ssl.NoSuchSslBundleException;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import javax.net.ssl.SSLHandshakeException;
import java.nio.file.Files;
import java.security.cert.CertPathBuilderException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The desk's mail connections over TLS, against a real mail server (GreenMail's IMAPS and SMTPS)
 * holding a certificate for "localhost" from no public authority, as an office's internal server
 * does: trusted through a Spring Boot SSL bundle configured as an operator would, refused without
 * it, and refused when the certificate names another host.
 */
class MailTlsIT {

    private static final String LOGIN = "desk";
    private static final String PASSWORD = "desk-mailbox-secret";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private static Path folder;
    private static GreenMail mail;
    private static SslBundles bundles;

    @BeforeAll
    static void startMailServerWithItsOwnCertificate() throws Exception {
        folder = Files.createTempDirectory("guichet-mail-tls");
        Path keystore = folder.resolve("mail.p12");
        Path certificate = folder.resolve("mail-ca.pem");
        keytool("-genkeypair", "-alias", "mail", "-keyalg", "RSA", "-keysize", "2048", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost", "-validity", "2");
        keytool("-exportcert", "-rfc", "-alias", "mail", "-keystore", keystore.toString(), "-storepass", "changeit",
                "-file", certificate.toString());
        System.setProperty("greenmail.tls.keystore.file", keystore.toString());
        System.setProperty("greenmail.tls.keystore.password", "changeit");
        System.setProperty("greenmail.tls.key.password", "changeit");
        mail = new GreenMail(new ServerSetup[] {ServerSetupTest.IMAPS.dynamicPort(), ServerSetupTest.SMTPS.dynamicPort()});
        mail.start();
        mail.setUser("desk@guichet.test", LOGIN, PASSWORD);
        bundles = bundlesConfiguredWith("spring.ssl.bundle.pem.office-mail.truststore.certificate=file:" + certificate);
    }

    @AfterAll
    static void stop() {
        if (mail != null) {
            mail.stop();
        }
        System.clearProperty("greenmail.tls.keystore.file");
        System.clearProperty("greenmail.tls.keystore.password");
        System.clearProperty("greenmail.tls.key.password");
    }

    @Test
    void readsTheMailboxOverImapsWhenTheCertificateChainsToTheNamedBundle() throws Exception {
        MimeMessage letter = new MimeMessage(Session.getInstance(new Properties()));
        letter.setFrom(new InternetAddress("citizen@example.org"));
        letter.setRecipients(Message.RecipientType.TO, "desk@guichet.test");
        letter.setSubject("My claim");
        letter.setText("Hello");
        mail.getUserManager().getUser(LOGIN).deliver(letter);
        MailSessions.Connection imaps = MailSessions.connection("imap", TIMEOUT, true, false, "office-mail", bundles);

        try (Store store = Session.getInstance(MailSessions.properties(imaps)).getStore(imaps.protocol())) {
            store.connect("localhost", mail.getImaps().getPort(), LOGIN, PASSWORD);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);

            assertThat(imaps.protocol()).isEqualTo("imaps");
            assertThat(inbox.getMessageCount()).isGreaterThanOrEqualTo(1);
            inbox.close(false);
        }
    }

    @Test
    void refusesAServerWhoseCertificateTheJvmDoesNotTrust() {
        MailSessions.Connection imaps = MailSessions.connection("imap", TIMEOUT, true, false, "", bundles);

        assertThatThrownBy(() -> connect(imaps, "localhost"))
                .isInstanceOf(MessagingException.class)
                .hasRootCauseInstanceOf(CertPathBuilderException.class)
                .satisfies(e -> assertThat(MailSessions.failure((Exception) e, "localhost", "guichet.desk.imap.ssl-bundle"))
                        .contains("certificate of localhost is not trusted here", "guichet.desk.imap.ssl-bundle"));
    }

    @Test
    void refusesACertificateThatNamesAnotherHost() {
        MailSessions.Connection imaps = MailSessions.connection("imap", TIMEOUT, true, false, "office-mail", bundles);

        // the same server and trust answer at "localhost" (first test); only the name differs here
        assertThatThrownBy(() -> connect(imaps, "127.0.0.1"))
                .isInstanceOf(MessagingException.class)
                .satisfies(e -> assertThat(causes(e)).anySatisfy(cause ->
                        assertThat(cause).isInstanceOf(SSLHandshakeException.class)));
    }

    @Test
    void sendsOverSmtpsThroughTheSameTrust() throws Exception {
        MailSessions.Connection smtps = MailSessions.connection("smtp", TIMEOUT, true, false, "office-mail", bundles);
        Session session = Session.getInstance(MailSessions.properties(smtps));
        MimeMessage reply = new MimeMessage(session);
        reply.setFrom(new InternetAddress("desk@guichet.test"));
        reply.setRecipients(Message.RecipientType.TO, "reply-tls@example.org");
        reply.setSubject("Your claim");
        reply.setText("Approved reply");

        try (Transport transport = session.getTransport(smtps.protocol())) {
            transport.connect("localhost", mail.getSmtps().getPort(), null, null);
            transport.sendMessage(reply, reply.getAllRecipients());
        }

        assertThat(mail.waitForIncomingEmail(TimeUnit.SECONDS.toMillis(10), 1)).isTrue();
        assertThat(List.of(mail.getReceivedMessages())).anySatisfy(m ->
                assertThat(m.getSubject()).isEqualTo("Your claim"));
    }

    @Test
    void aBundleThatIsNotConfiguredIsNamedWhenTheDeskStarts() {
        assertThatThrownBy(() -> MailSessions.connection("imap", TIMEOUT, true, false, "offce-mail", bundles))
                .isInstanceOf(NoSuchSslBundleException.class)
                .hasMessageContaining("offce-mail");
    }

    private static void connect(MailSessions.Connection connection, String host) throws MessagingException {
        try (Store store = Session.getInstance(MailSessions.properties(connection)).getStore(connection.protocol())) {
            store.connect(host, mail.getImaps().getPort(), LOGIN, PASSWORD);
        }
    }

    private static List<Throwable> causes(Throwable e) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = e; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }

    /** The SSL bundles Spring Boot builds from these properties, as in the running app. */
    private static SslBundles bundlesConfiguredWith(String... properties) {
        AtomicReference<SslBundles> result = new AtomicReference<>();
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
                .withPropertyValues(properties)
                .run(context -> result.set(context.getBean(SslBundles.class)));
        return result.get();
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
    }
}
