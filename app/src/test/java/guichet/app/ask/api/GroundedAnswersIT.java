package guichet.app.ask.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.TestModels;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.app.system.security.ApiKeys;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Acceptance 1 of the citizen assistant, end to end: the app as a real server with the real chat and
 * embedding models and the whole shipped sample knowledge base (GOV.UK pages, travail-emploi.gouv.fr
 * and service-public.fr fiches, ingested at first start as an operator's app does), a real H2 database
 * and a real log file. Questions are worded as citizens write them, not as the pages' titles.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "guichet.command=serve",
        // No desk here: the triage classifier's training would only compete for the cores.
        "guichet.desk.triage.warm-up=false",
        "guichet.models.auto-pull=false",
        "guichet.inference.threads=2",
        "guichet.inference.context-tokens=2048",
        "guichet.knowledge.sample-on-first-start=true",
        "guichet.security.rate-limit.api-client=1000",
        "logging.config=classpath:guichet/app/ask/api/logback-with-file.xml",
        "logging.file.name=" + GroundedAnswersIT.LOG_FILE,
        // Our own debug lines too: a question must not reach the log at any level the app writes.
        "logging.level.guichet=DEBUG"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroundedAnswersIT {

    static final String LOG_FILE = "target/grounded-answers-it/guichet.log";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A well-formed National Insurance number (valid HMRC prefix), as citizens type it, spaced and not. */
    private static final String NI_SPACED = "PX 48 15 16 D";
    private static final String NI_PACKED = "PX481516D";

    static {
        // Another test context in this JVM may have set logging up already, and Spring Boot does not
        // set it up twice: hand it back so that this app's start configures the log file.
        LoggingSystem.get(GroundedAnswersIT.class.getClassLoader()).cleanUp();
        try {
            Files.deleteIfExists(Path.of(LOG_FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path home;

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeRuntime knowledge;

    @Autowired
    ApiKeys apiKeys;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    guichet.app.system.crypto.CitizenCipher cipher;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String apiKey;

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) throws IOException {
        home = Files.createTempDirectory("guichet-grounded-it");
        Path models = TestModels.installedModelsDir(home);
        registry.add("guichet.home", home::toString);
        registry.add("guichet.models.dir", models::toString);
    }

    @BeforeAll
    void theSampleKnowledgeIsIngestedAtFirstStart() {
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> knowledge.state() == KnowledgeRuntime.State.READY);
        // The whole sample: thousands of passages from the three shipped collections, not a hand-picked subset.
        assertThat(knowledge.index().stats().documents()).isGreaterThan(500);
        apiKey = apiKeys.create("grounded answers", false).token();
    }

    @Test
    void anEnglishQuestionIsAnsweredFromItsGovukPageWithTheAmountExact() {
        JsonNode answer = ask("en", "We're expecting our first baby. How much is the Sure Start Maternity Grant?");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("answered");
        assertThat(answer.path("language").asText()).isEqualTo("en");
        assertThat(answer.path("answer").asText()).contains("£500");
        assertThat(answer.path("sources").findValuesAsText("url"))
                .anySatisfy(url -> assertThat(url).startsWith("https://www.gov.uk/sure-start-maternity-grant"));
    }

    @Test
    void aFrenchQuestionIsAnsweredFromItsTravailEmploiFicheWithTheAmountExact() {
        JsonNode answer = ask("fr", "Je suis payée au SMIC, ça fait combien brut de l'heure ?");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("answered");
        assertThat(answer.path("language").asText()).isEqualTo("fr");
        assertThat(answer.path("answer").asText()).contains("12,02");
        assertThat(answer.path("sources").findValuesAsText("url")).anySatisfy(url -> assertThat(url)
                .startsWith("https://travail-emploi.gouv.fr/le-smic-salaire-minimum-de-croissance"));
    }

    @Test
    void aQuestionTheGuidanceDoesNotCoverIsUnanswerableWithSignposting() {
        JsonNode answer = ask("en", "My car failed its MOT yesterday, can I still drive it home?");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("unanswerable");
        assertThat(answer.path("answer").asText()).contains("https://www.gov.uk");
        assertThat(answer.path("sources")).isEmpty();
    }

    @Test
    void aCrisisMessageGetsHelpLinesAtOnce() {
        JsonNode answer = ask("en", "I lost my job last week and honestly I don't see the point in living any more");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("crisis_signposted");
        assertThat(answer.path("answer").asText()).contains("Samaritans", "116 123", "999");

        JsonNode french = ask("fr", "j'ai perdu mon travail et je pense à en finir, je n'en peux plus");
        assertThat(french.path("status").asText()).as(french.toString()).isEqualTo("crisis_signposted");
        assertThat(french.path("answer").asText()).contains("3114");
    }

    @Test
    void aNationalInsuranceNumberReachesNeitherTheDatabaseNorTheLogs() throws IOException {
        JsonNode answer = ask("en", "My National Insurance number is " + NI_SPACED
                + ". I'm 22, what's the minimum wage I should be paid per hour?");
        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("answered");
        String streamed = askStreamed("My NI is " + NI_PACKED + ", how much is Child Benefit for my eldest child?");
        assertThat(RunningGuichet.Event.parse(streamed).getLast().name()).isEqualTo("answer");
        jdbc.sql("checkpoint sync").update();

        // Every text column of every table: the question was stored, redacted, and nothing else kept the number.
        List<String> columns = textColumns();
        assertThat(columns).contains("MESSAGE.TEXT", "ANSWER.TRACE", "ANSWER.SOURCES");
        for (String column : columns) {
            String[] parts = column.split("\\.");
            for (String form : List.of(NI_SPACED, NI_PACKED, "481516")) {
                Integer hits = jdbc.sql("select count(*) from \"" + parts[0] + "\" where cast(\"" + parts[1]
                        + "\" as varchar) like ?").param("%" + form + "%").query(Integer.class).single();
                assertThat(hits).as(column + " holds " + form).isZero();
            }
        }
        // the messages are sealed at rest (ADR 38): opened, they hold the redacted number
        assertThat(jdbc.sql("select text from message").query(String.class).list().stream().map(cipher::open)
                .filter(text -> text.contains("[national insurance number]")).count()).isEqualTo(2);
        // ...nor the database files on disk (free pages, logs).
        try (Stream<Path> files = Files.walk(home.resolve("db"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(file.toString()).doesNotContain(NI_SPACED, NI_PACKED, "481516");
            }
        }

        // The log the app wrote while answering: it exists, is busy, and never holds the number.
        Path log = Path.of(LOG_FILE);
        assertThat(log).exists();
        String logged = Files.readString(log);
        assertThat(logged).contains("Started").contains("sample guidance ingested");
        assertThat(logged).doesNotContain(NI_SPACED, NI_PACKED, "481516");
    }

    private List<String> textColumns() {
        return jdbc.sql("select table_name, column_name from information_schema.columns where table_schema = 'PUBLIC' "
                        + "and data_type in ('CHARACTER VARYING', 'CHARACTER LARGE OBJECT', 'CHARACTER', 'JSON', "
                        + "'VARCHAR_IGNORECASE')")
                .query((row, i) -> row.getString(1) + "." + row.getString(2)).list();
    }

    private JsonNode ask(String language, String question) {
        HttpResponse<String> asked = post("/api/v1/conversations/" + conversation(language) + "/messages",
                Map.of("message", question), "application/json");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        return read(asked.body());
    }

    private String askStreamed(String question) {
        HttpResponse<String> asked = post("/api/v1/conversations/" + conversation("en") + "/messages",
                Map.of("message", question), "text/event-stream");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        return asked.body();
    }

    private String conversation(String language) {
        HttpResponse<String> created = post("/api/v1/conversations", Map.of("language", language), "application/json");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created.body()).path("id").asText();
    }

    private HttpResponse<String> post(String path, Object body, String accept) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofMinutes(3)).header("Authorization", "Bearer " + apiKey)
                    .header("Content-Type", "application/json").header("Accept", accept)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
