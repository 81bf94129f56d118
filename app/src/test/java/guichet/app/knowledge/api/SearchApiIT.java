package guichet.app.knowledge.api;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/v1/search over the real index and embedder. */
class SearchApiIT extends RunningGuichet {

    @Test
    void findsTheGuidanceWithEveryField() {
        for (String mode : new String[] {"hybrid", "bm25", "dense"}) {
            HttpResponse<String> response = citizen().get("/api/v1/search?q=" + q("national minimum wage apprentice rate")
                    + "&k=3&mode=" + mode + "&collection=govuk&lang=en");

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode hits = json(response).path("hits");
            assertThat(hits.size()).as(mode).isBetween(1, 3);
            JsonNode first = hits.get(0);
            assertThat(first.path("url").asText()).as(mode).startsWith("https://www.gov.uk/national-minimum-wage-rates");
            for (String field : new String[] {"documentId", "title", "url", "section", "snippet", "collection", "language"}) {
                assertThat(first.has(field)).as(field).isTrue();
            }
            assertThat(first.path("score").asDouble()).isPositive();
            assertThat(first.path("collection").asText()).isEqualTo("govuk");
            assertThat(first.path("language").asText()).isEqualTo("en");
        }
    }

    @Test
    void filtersByCollectionAndLanguage() {
        JsonNode none = json(citizen().get("/api/v1/search?q=" + q("minimum wage") + "&collection=travail-emploi"));
        assertThat(none.path("hits").size()).isZero();
        JsonNode french = json(citizen().get("/api/v1/search?q=" + q("minimum wage") + "&lang=fr"));
        assertThat(french.path("hits").size()).isZero();
    }

    @Test
    void badParametersAre400Problems() {
        Client client = apiClient("search", false);
        for (String query : new String[] {"q=wage&k=0", "q=wage&k=51", "q=wage&mode=fuzzy", "q=%20%20", "k=3",
                "q=wage&k=many", "q=wage&lang=english"}) {
            HttpResponse<String> response = client.get("/api/v1/search?" + query);
            assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(query).hasValue("application/problem+json");
        }
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
