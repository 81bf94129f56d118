package guichet.app.ask.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.TestModels;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.security.ApiKeys;
import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.ingest.Readers;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One running Guichet for the API tests: the real chat and embedding models, a real H2 database
 * and a small real knowledge index (twelve GOV.UK pages), in a temporary home. Every API test
 * class extends this, so that Spring starts it (and loads the models) once per test JVM.
 *
 * <p>The engine is deliberately small (2 slots, 2 waiting, 6 answers at once) so that overload is
 * reachable; rate limits are high except the citizen one (20 per minute), which one test exhausts.
 */
@AutoConfigureObservability(tracing = false)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "guichet.command=serve",
        // No desk here: the triage classifier's training would only compete for the cores.
        "guichet.desk.triage.warm-up=false",
        "guichet.models.auto-pull=false",
        "guichet.inference.threads=2",
        "guichet.inference.context-tokens=2048",
        "guichet.inference.slots=2",
        "guichet.inference.queue-capacity=2",
        "guichet.knowledge.sample-on-first-start=false",
        "guichet.api.max-concurrent-answers=6",
        "guichet.security.rate-limit.citizen=20",
        "guichet.security.rate-limit.api-client=1000",
        "guichet.security.rate-limit.new-sessions-per-address=10000"})
public abstract class RunningGuichet {

    /** GOV.UK pages the tests ask about: small ones, so that embedding them takes seconds. */
    static final Set<String> PAGES = Set.of("/national-minimum-wage-rates", "/how-to-claim-new-style-jsa",
            "/healthy-start", "/get-tax-free-childcare", "/education-maintenance-allowance-ema",
            "/career-development-loans", "/apply-apprenticeship", "/employers-liability-insurance",
            "/careers-helpline-for-teenagers", "/get-free-childcare-if-youre-working", "/child-benefit-proof",
            "/know-when-you-can-leave-school");

    private static final Path HOME = createHome();
    private static volatile boolean ingested;

    protected static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @LocalServerPort
    protected int port;

    @Autowired
    protected InferenceRuntime runtime;

    @Autowired
    protected KnowledgeRuntime knowledge;

    @Autowired
    protected ApiKeys apiKeys;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) throws IOException {
        Path models = TestModels.installedModelsDir(HOME);
        registry.add("guichet.home", HOME::toString);
        registry.add("guichet.models.dir", models::toString);
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("guichet-api-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void readyWithKnowledge() throws IOException {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> knowledge.state() == KnowledgeRuntime.State.READY);
        synchronized (RunningGuichet.class) {
            if (!ingested) {
                Path pages = HOME.resolve("govuk-subset.json");
                List<JsonNode> subset = new ArrayList<>();
                for (JsonNode page : JSON.readTree(Path.of(System.getProperty("guichet.test.shared-dir"),
                        "corpus/govuk/pages.json").toFile())) {
                    if (PAGES.contains(page.path("base_path").asText())) {
                        subset.add(page);
                    }
                }
                Files.writeString(pages, JSON.writeValueAsString(subset));
                IngestReport report = knowledge.index().ingestRead(Readers.defaults().read(pages, "govuk-json", "govuk"),
                        IngestListener.NONE);
                assertThat(report.ingested()).isEqualTo(PAGES.size());
                ingested = true;
            }
        }
    }

    /** The temporary guichet.home of the running app. */
    protected static Path home() {
        return HOME;
    }

    protected URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A new API client with its own key. */
    protected Client apiClient(String name, boolean admin) {
        return new Client(this, apiKeys.create(name, admin).token(), null);
    }

    /** A new citizen: a browser with its own cookies (session, CSRF). */
    protected Client citizen() {
        return new Client(this, null, new CookieManager());
    }

    /** An HTTP client acting as one caller. */
    public static final class Client {

        private final RunningGuichet app;
        private final String apiKey;
        private final CookieManager cookies;
        private final HttpClient http;

        public Client(RunningGuichet app, String apiKey, CookieManager cookies) {
            this.app = app;
            this.apiKey = apiKey;
            this.cookies = cookies;
            HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
            if (cookies != null) {
                builder.cookieHandler(cookies);
            }
            this.http = builder.build();
        }

        public String apiKey() {
            return apiKey;
        }

        public HttpClient http() {
            return http;
        }

        public HttpResponse<String> get(String path, String... headers) {
            return send(request(path, headers).GET().build());
        }

        public HttpResponse<String> post(String path, Object body, String... headers) {
            return send(postRequest(path, body, headers));
        }

        /** A POST with this caller's credentials, CSRF header and a JSON body (null for none). */
        public HttpRequest postRequest(String path, Object body, String... headers) {
            HttpRequest.Builder builder = request(path, headers);
            if (cookies != null) {
                String csrf = cookie("XSRF-TOKEN");
                if (csrf == null) {
                    get("/api/v1/conversations");
                    csrf = cookie("XSRF-TOKEN");
                }
                builder.header("X-XSRF-TOKEN", csrf);
            }
            if (body == null) {
                return builder.POST(HttpRequest.BodyPublishers.noBody()).build();
            }
            try {
                String text = body instanceof String s ? s : JSON.writeValueAsString(body);
                return builder.header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(text)).build();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public HttpRequest.Builder request(String path, String... headers) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofMinutes(3));
            if (apiKey != null) {
                builder.header("Authorization", "Bearer " + apiKey);
            }
            for (int i = 0; i + 1 < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
            }
            return builder;
        }

        public HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        /** A cookie this browser holds, or null. */
        public String cookie(String name) {
            if (cookies == null) {
                return null;
            }
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }

        public CookieManager cookies() {
            return cookies;
        }

        /** Starts a conversation and returns its id. */
        public String startConversation(String language) {
            HttpResponse<String> created = post("/api/v1/conversations",
                    language == null ? null : java.util.Map.of("language", language));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            return json(created).path("id").asText();
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The events of a server-sent event stream, in order. */
    public record Event(String name, String data) {

        public static List<Event> parse(String body) {
            List<Event> events = new ArrayList<>();
            String name = null;
            StringBuilder data = null;
            for (String line : body.split("\n", -1)) {
                if (line.isEmpty()) {
                    if (data != null) {
                        events.add(new Event(name, data.toString()));
                    }
                    name = null;
                    data = null;
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5);
                    value = value.startsWith(" ") ? value.substring(1) : value;
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
            }
            return events;
        }
    }
}
