package guichet.app.desk;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.FileAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import guichet.app.TestModels;
import guichet.app.knowledge.KnowledgeRuntime;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * One running Guichet for the correspondence desk tests: the real models, the real sample guidance
 * (ingested at first start from the shipped vectors), H2, and a real mail server (GreenMail, IMAP and
 * SMTP on free loopback ports) holding the office's mailbox. Every desk IT extends this, so Spring
 * starts it and loads the models once per test JVM. Everything the app logs also goes to a file
 * under its home, which the tests read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "guichet.command=serve",
        "guichet.models.auto-pull=false",
        "guichet.inference.threads=2",
        "guichet.inference.context-tokens=2048",
        "guichet.inference.slots=2",
        "guichet.knowledge.sample-on-first-start=true",
        "guichet.desk.imap.enabled=false",
        "guichet.desk.imap.tls=false",
        "guichet.desk.imap.username=" + RunningDesk.MAILBOX_LOGIN,
        "guichet.desk.imap.password=" + RunningDesk.MAILBOX_PASSWORD,
        "guichet.desk.imap.timeout=10s",
        "guichet.desk.smtp.tls=false",
        "guichet.desk.smtp.start-tls=false",
        "guichet.desk.smtp.from=correspondence@guichet.test",
        "guichet.desk.smtp.timeout=10s",
        "guichet.desk.limits.max-message=2MB",
        "guichet.desk.limits.max-attachment=256KB",
        "guichet.desk.officers[0].username=olivia",
        "guichet.desk.officers[0].name=Olivia Tran",
        "guichet.desk.officers[0].password={noop}" + RunningDesk.OFFICER_PASSWORD,
        "guichet.desk.officers[1].username=samir",
        "guichet.desk.officers[1].name=Samir Haddad",
        "guichet.desk.officers[1].password={noop}" + RunningDesk.OFFICER_PASSWORD,
        "guichet.security.rate-limit.api-client=1000"})
public abstract class RunningDesk {

    protected static final String MAILBOX = "desk@guichet.test";
    static final String MAILBOX_LOGIN = "desk";
    static final String MAILBOX_PASSWORD = "desk-mailbox-secret";
    protected static final String OFFICER_PASSWORD = "officer-secret";

    /** The office's mail server: the desk reads its mailbox over IMAP and sends approved replies over SMTP. */
    protected static final GreenMail MAIL = startMail();
    private static final Path HOME = createHome();
    private static final Path LOG = HOME.resolve("guichet.log");
    protected static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @LocalServerPort
    protected int port;

    @Autowired
    protected KnowledgeRuntime knowledge;

    @DynamicPropertySource
    static void desk(DynamicPropertyRegistry registry) throws IOException {
        Path models = TestModels.installedModelsDir(HOME);
        registry.add("guichet.home", HOME::toString);
        registry.add("guichet.models.dir", models::toString);
        registry.add("guichet.desk.imap.host", () -> "127.0.0.1");
        registry.add("guichet.desk.imap.port", () -> MAIL.getImap().getPort());
        registry.add("guichet.desk.smtp.host", () -> "127.0.0.1");
        registry.add("guichet.desk.smtp.port", () -> MAIL.getSmtp().getPort());
        logToFile();
    }

    @BeforeEach
    void ready() {
        await().atMost(Duration.ofMinutes(4)).pollInterval(Duration.ofMillis(250))
                .until(() -> knowledge.state() == KnowledgeRuntime.State.READY);
    }

    private static GreenMail startMail() {
        GreenMail mail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
                ServerSetupTest.IMAP.dynamicPort()});
        mail.start();
        mail.setUser(MAILBOX, MAILBOX_LOGIN, MAILBOX_PASSWORD);
        Runtime.getRuntime().addShutdownHook(new Thread(mail::stop));
        return mail;
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("guichet-desk-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything logged from now on also goes to {@code <home>/guichet.log}, as a deployment's log file would. */
    private static synchronized void logToFile() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        if (root.getAppender("desk-file") != null) {
            return;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d %-5level [%thread] %logger - %msg%n%ex");
        encoder.start();
        FileAppender<ILoggingEvent> file = new FileAppender<>();
        file.setName("desk-file");
        file.setContext(context);
        file.setFile(LOG.toString());
        file.setEncoder(encoder);
        file.start();
        root.addAppender(file);
    }

    /** What the app has logged so far. */
    protected static String logFile() throws IOException {
        return Files.readString(LOG, StandardCharsets.UTF_8);
    }

    protected static Path home() {
        return HOME;
    }

    /** A citizen's message sent to the office's mailbox through the SMTP server. */
    protected static void send(MimeMessage message) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(MAIL.getSmtp().getPort()));
        Transport.send(message, message.getAllRecipients());
    }

    /** A raw message (possibly broken) put straight into the office's mailbox, byte for byte. */
    protected static void deliverRaw(String raw) throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.ISO_8859_1)));
        MAIL.getUserManager().getUser(MAILBOX_LOGIN).deliver(message);
    }

    /** A session for building messages sent to the office's SMTP server. */
    protected static Session smtpSession() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", "127.0.0.1");
        properties.setProperty("mail.smtp.port", Integer.toString(MAIL.getSmtp().getPort()));
        return Session.getInstance(properties);
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A correspondence officer's browser: HTTP Basic, cookies (the desk's CSRF token). */
    protected Officer officer(String username) {
        return new Officer(username);
    }

    /** An officer using the desk page with plain HTTP. */
    protected final class Officer {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

        private final String authorization;
        private final HttpClient http;

        Officer(String username) {
            this.authorization = "Basic " + Base64.getEncoder().encodeToString((username + ":" + OFFICER_PASSWORD)
                    .getBytes(StandardCharsets.UTF_8));
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(10))
                    .build();
        }

        public HttpResponse<String> get(String path) {
            return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization).GET().build());
        }

        /** Posts a form of the page at {@code pagePath}, with the CSRF token that page carries. */
        public HttpResponse<String> submit(String pagePath, String action, Map<String, String> fields) {
            HttpResponse<String> page = get(pagePath);
            Matcher token = CSRF.matcher(page.body());
            if (!token.find()) {
                throw new IllegalStateException("no CSRF token on " + pagePath + ": " + page.statusCode());
            }
            Map<String, String> form = new LinkedHashMap<>(fields);
            form.put("_csrf", token.group(1));
            String body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return send(HttpRequest.newBuilder(uri(action)).header("Authorization", authorization)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    protected static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
