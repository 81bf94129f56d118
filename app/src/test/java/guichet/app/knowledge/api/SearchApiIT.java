package guichet.app.knowledge.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.TestModels;
import guichet.app.knowledge.KnowledgeRuntime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * GET /api/v1/search against the running app, as it starts on a fresh machine: the real embedder and
 * the sample guidance ingested at first start (GOV.UK, travail-emploi.gouv.fr, service-public.fr).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "guichet.command=serve",
        // No desk here: the triage classifier's training would only compete for the cores.
        "guichet.desk.triage.warm-up=false",
        "guichet.models.auto-pull=false",
        "guichet.inference.threads=2",
        "guichet.inference.context-tokens=2048",
        "guichet.knowledge.sample-on-first-start=true",
        "guichet.security.rate-limit.citizen=1000",
        "guichet.security.rate-limit.new-sessions-per-address=10000"})
class SearchApiIT {

    private static final Path HOME = createHome();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> HIT_FIELDS = Set.of("documentId", "title", "url", "section", "snippet", "score",
            "collection", "language");
    private static final Set<String> PAGE_FIELDS = Set.of("documentId", "title", "url", "section", "snippet", "score",
            "collection", "language", "passages");

    @LocalServerPort
    int port;

    @Autowired
    KnowledgeRuntime knowledge;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void home(DynamicPropertyRegistry registry) throws IOException {
        Path models = TestModels.installedModelsDir(HOME);
        registry.add("guichet.home", HOME::toString);
        registry.add("guichet.models.dir", models::toString);
    }

    @BeforeEach
    void sampleIngested() {
        await().atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofMillis(500))
                .until(() -> knowledge.state() == KnowledgeRuntime.State.READY);
        assertThat(knowledge.index().stats().documents()).as("the whole sample guidance").isGreaterThan(700);
    }

    @Test
    void answersInTheSpecifiedShapeInEveryMode() {
        for (String mode : new String[] {"hybrid", "bm25", "dense"}) {
            HttpResponse<String> response = get("/api/v1/search?q=" + q("hourly rate of the national minimum wage")
                    + "&k=4&mode=" + mode + "&per=passage");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            JsonNode body = json(response);
            assertThat(fieldNames(body)).as(mode).containsExactly("hits");
            JsonNode hits = body.path("hits");
            assertThat(hits.size()).as(mode).isBetween(1, 4);
            assertHitsInShape(mode, hits);
            for (JsonNode hit : hits) {
                assertThat(fieldNames(hit)).as(mode).containsExactlyInAnyOrderElementsOf(HIT_FIELDS);
            }
            assertThat(documentIds(hits)).as(mode).anyMatch(id -> id.startsWith("/national-minimum-wage"));
        }
    }

    @Test
    void byDefaultEachPageIsOneHitWithItsBestPassages() {
        for (String mode : new String[] {"hybrid", "bm25", "dense"}) {
            JsonNode hits = json(get("/api/v1/search?q=" + q("hourly rate of the national minimum wage") + "&k=4&mode="
                    + mode)).path("hits");

            assertThat(hits.size()).as(mode).isEqualTo(4);
            assertHitsInShape(mode, hits);
            assertThat(documentIds(hits)).as(mode).doesNotHaveDuplicates()
                    .anyMatch(id -> id.startsWith("/national-minimum-wage"));
            for (JsonNode hit : hits) {
                assertThat(fieldNames(hit)).as(mode).containsExactlyInAnyOrderElementsOf(PAGE_FIELDS);
                JsonNode passages = hit.path("passages");
                assertThat(passages.size()).as(mode).isBetween(1, 2);
                assertThat(passages.get(0).path("url").asText()).as("the best passage comes first")
                        .isEqualTo(hit.path("url").asText());
                assertThat(hit.path("score").asDouble()).isGreaterThanOrEqualTo(passages.get(0).path("score").asDouble());
                for (JsonNode passage : passages) {
                    assertThat(fieldNames(passage)).containsExactly("url", "section", "snippet", "score");
                    assertThat(passage.path("url").asText()).as(mode).contains(hit.path("documentId").asText());
                }
            }
        }
    }

    private static void assertHitsInShape(String mode, JsonNode hits) {
        double previous = Double.MAX_VALUE;
        for (JsonNode hit : hits) {
            for (String field : new String[] {"documentId", "title", "url", "snippet", "collection", "language"}) {
                assertThat(hit.path(field).isTextual()).as(mode + " " + field).isTrue();
                assertThat(hit.path(field).asText()).as(mode + " " + field).isNotBlank();
            }
            assertThat(hit.path("section").isTextual()).as(mode).isTrue();
            assertThat(hit.path("score").isNumber()).as(mode).isTrue();
            assertThat(hit.path("score").asDouble()).as(mode + ": best first").isPositive().isLessThanOrEqualTo(previous);
            previous = hit.path("score").asDouble();
        }
    }

    @Test
    void aGovukHitIsItsBasePathWithTheSectionAnchorInTheUrl() throws IOException {
        Map<String, String> pageMarkdown = govukPages();
        // Passages, not pages: each hit is a passage, whose URL must carry its own section's anchor.
        JsonNode hits = json(get("/api/v1/search?q=" + q("how much is the minimum wage for an apprentice")
                + "&k=10&collection=govuk&per=passage")).path("hits");

        assertThat(hits.size()).isPositive();
        int anchored = 0;
        for (JsonNode hit : hits) {
            String documentId = hit.path("documentId").asText();
            String url = hit.path("url").asText();
            assertThat(pageMarkdown).as("a GOV.UK base_path").containsKey(documentId);
            assertThat(url).as(documentId).startsWith("https://www.gov.uk" + documentId);
            assertThat(hit.path("collection").asText()).isEqualTo("govuk");
            int hash = url.indexOf('#');
            // A guide's part has its own address: a passage right under the part's title links to that part.
            boolean guidePart = (hash > 0 ? url.substring(0, hash) : url).length() > ("https://www.gov.uk" + documentId).length();
            if (!hit.path("section").asText().isEmpty() && !guidePart) {
                assertThat(hash).as("a passage under a heading links to its section: " + url).isPositive();
            }
            if (hash > 0) {
                // GOV.UK makes a heading's anchor from its text, as GitHub does: the anchor must be that of
                // the passage's own heading, and that heading must be one of the page's
                String anchor = url.substring(hash + 1);
                List<String> path = List.of(hit.path("section").asText().split(" › "));
                String heading = path.getLast();
                assertThat(anchor).as(url).isEqualTo(githubSlug(heading));
                assertThat(pageMarkdown.get(documentId).lines().map(String::strip)
                        .filter(line -> line.startsWith("#")).map(line -> line.replaceFirst("^#+\\s*", "")))
                        .as("a heading of " + documentId).contains(heading);
                anchored++;
            }
        }
        assertThat(anchored).as("hits that link to a section").isPositive();
        assertThat(hits.get(0).path("documentId").asText()).startsWith("/national-minimum-wage");
    }

    @Test
    void frenchPublishersAreIdentifiedByTheirOwnIds() {
        JsonNode travail = json(get("/api/v1/search?q=" + q("combien de jours de congé pour mon mariage")
                + "&k=5&collection=travail-emploi")).path("hits");
        assertThat(travail.size()).isPositive();
        for (JsonNode hit : travail) {
            assertThat(hit.path("documentId").asText()).startsWith("https://travail-emploi.gouv.fr/");
            assertThat(hit.path("url").asText()).startsWith(hit.path("documentId").asText());
            assertThat(hit.path("language").asText()).isEqualTo("fr");
        }
        JsonNode servicePublic = json(get("/api/v1/search?q=" + q("combien de jours de congé pour mon mariage")
                + "&k=5&collection=service-public")).path("hits");
        assertThat(servicePublic.size()).isPositive();
        for (JsonNode hit : servicePublic) {
            assertThat(hit.path("documentId").asText()).matches("[FNR]\\d+");
            assertThat(hit.path("url").asText()).startsWith("https://www.service-public.fr/")
                    .contains(hit.path("documentId").asText());
        }
    }

    @Test
    void filtersByCollectionLanguageAndCount() {
        String question = q("minimum wage");
        assertThat(collections(get("/api/v1/search?q=" + question + "&k=8&collection=travail-emploi")))
                .isNotEmpty().containsOnly("travail-emploi");
        assertThat(collections(get("/api/v1/search?q=" + question + "&k=8&collection=govuk")))
                .isNotEmpty().containsOnly("govuk");
        assertThat(languages(get("/api/v1/search?q=" + question + "&k=8&lang=fr"))).isNotEmpty().containsOnly("fr");
        assertThat(languages(get("/api/v1/search?q=" + q("salaire minimum") + "&k=8&lang=EN")))
                .isNotEmpty().containsOnly("en");
        assertThat(json(get("/api/v1/search?q=" + question + "&collection=no-such-collection")).path("hits").size())
                .isZero();
        assertThat(json(get("/api/v1/search?q=" + question)).path("hits").size()).as("k defaults to 10").isEqualTo(10);
        assertThat(json(get("/api/v1/search?q=" + question + "&k=2&mode=BM25")).path("hits").size()).isEqualTo(2);
    }

    @Test
    void badParametersAre400Problems() {
        for (String query : new String[] {"q=wage&k=0", "q=wage&k=51", "q=wage&k=-1", "q=wage&k=many",
                "q=wage&mode=fuzzy", "q=wage&per=page", "q=%20%20", "q=", "k=3", "q=wage&lang=english", "q=wage&lang=f1",
                "q=" + "a".repeat(1001)}) {
            HttpResponse<String> response = get("/api/v1/search?" + query);

            String what = query.length() > 40 ? query.substring(0, 40) + "..." : query;
            assertThat(response.statusCode()).as(what + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(what).hasValue("application/problem+json");
            JsonNode problem = json(response);
            assertThat(problem.path("status").asInt()).as(what).isEqualTo(400);
            assertThat(problem.path("title").asText()).as(what).isNotBlank();
            assertThat(problem.path("detail").asText()).as(what).isNotBlank();
        }
    }

    private HttpResponse<String> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofMinutes(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> documentIds(JsonNode hits) {
        return hits.findValuesAsText("documentId");
    }

    private List<String> collections(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).path("hits").findValuesAsText("collection");
    }

    private List<String> languages(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).path("hits").findValuesAsText("language");
    }

    /** GitHub's rule: lower case, accents and punctuation dropped, spaces to hyphens. */
    private static String githubSlug(String heading) {
        String ascii = java.text.Normalizer.normalize(heading, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").strip().replace(' ', '-');
    }

    /** Each GOV.UK page of the shared corpus: base_path → its Markdown (body and guide parts). */
    private static Map<String, String> govukPages() throws IOException {
        Map<String, String> pages = new HashMap<>();
        for (JsonNode page : JSON.readTree(Path.of(System.getProperty("guichet.test.shared-dir"),
                "corpus/govuk/pages.json").toFile())) {
            StringBuilder html = new StringBuilder(page.path("details").path("body").asText());
            for (JsonNode part : page.path("details").path("parts")) {
                html.append(part.path("body").asText());
            }
            pages.put(page.path("base_path").asText(), html.toString());
        }
        return pages;
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static Path createHome() {
        try {
            return Files.createTempDirectory("guichet-search-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
